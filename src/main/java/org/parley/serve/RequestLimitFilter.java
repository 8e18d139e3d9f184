package org.parley.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies larger than a limit before anything reads them: a declared
 * {@code Content-Length} above the limit gets {@code 413 Content Too Large}, a body without a
 * declared length (chunked) gets {@code 411 Length Required}, and a query string longer than the
 * limit gets {@code 414 URI Too Long}. Each answer is a one-line plain-text message that names the
 * limit. A refused body of up to {@value #DRAINED_BYTES} bytes is read and dropped before the
 * answer, so that a client still sending it reads the answer rather than a reset connection; a
 * larger one is not read, and the connection is closed. Immutable and thread-safe.
 */
public final class RequestLimitFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The largest refused body read (and dropped) so that its sender gets the answer. */
    static final long DRAINED_BYTES = 16L << 20;

    private final long maxBytes;

    /** @param maxBytes the largest request body (and query string) accepted, in bytes */
    public RequestLimitFilter(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("request size limit must be positive");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long length = req.getContentLengthLong();
        String query = req.getQueryString();
        if (length > maxBytes) {
            if (length <= DRAINED_BYTES) {
                req.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            refuse(resp, 413, "request body of " + length + " bytes is larger than the server's limit of "
                    + maxBytes + " bytes (parley serve --max-body)");
        } else if (length < 0 && req.getHeader("Transfer-Encoding") != null) {
            refuse(resp, 411, "request body without Content-Length is not accepted; send its length");
        } else if (query != null && query.length() > maxBytes) {
            refuse(resp, 414, "query string of " + query.length() + " characters is longer than the server's limit of "
                    + maxBytes + " (parley serve --max-body); send the query in a POST body");
        } else {
            chain.doFilter(req, resp);
        }
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Connection", "close");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
