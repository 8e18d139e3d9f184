package org.parley.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A response that keeps what the servlet writes (status, headers, body) instead of sending it,
 * so that {@link CachingFilter} can send it, share it and keep it. When the body grows past a
 * limit the response gives up capturing: it sends what it holds and passes the rest straight
 * through, and {@link #captured()} returns null.
 *
 * <p>Not thread-safe: one request thread writes it.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final HttpServletResponse real;
    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final List<String[]> headers = new ArrayList<>();
    private int status = SC_OK;
    private String contentType;
    private String encoding;
    private boolean passing;
    private ServletOutputStream out;
    private PrintWriter writer;

    /**
     * @param real  the response to the client
     * @param limit the largest body captured, in bytes
     */
    CapturingResponse(HttpServletResponse real, long limit) {
        super(real);
        this.real = real;
        this.limit = limit;
    }

    /** @return the complete response, or null when it was too large and has been passed through */
    ResultCache.Response captured() {
        if (writer != null) {
            writer.flush();
        }
        if (passing) {
            return null;
        }
        String type = contentType;
        if (type != null && encoding != null && !type.toLowerCase(Locale.ROOT).contains("charset=")) {
            type = type + "; charset=" + encoding;
        }
        return new ResultCache.Response(status, type, headers, buffer.toByteArray());
    }

    /** Sends what is held so far to the client and passes everything after it through. */
    private void pass() throws IOException {
        passing = true;
        real.setStatus(status);
        for (String[] h : headers) {
            real.addHeader(h[0], h[1]);
        }
        if (contentType != null) {
            real.setContentType(contentType);
        }
        if (encoding != null) {
            real.setCharacterEncoding(encoding);
        }
        buffer.writeTo(real.getOutputStream());
        buffer.reset();
    }

    @Override
    public void setStatus(int sc) {
        if (passing) {
            real.setStatus(sc);
        }
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (passing) {
            real.sendError(sc, msg);
            return;
        }
        status = sc;
        buffer.reset();
        contentType = "text/plain";
        encoding = StandardCharsets.UTF_8.name();
        if (msg != null) {
            buffer.writeBytes((msg + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void setContentType(String type) {
        if (passing) {
            real.setContentType(type);
        }
        contentType = type;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        if (passing) {
            real.setCharacterEncoding(charset);
        }
        encoding = charset;
    }

    @Override
    public String getCharacterEncoding() {
        return encoding != null ? encoding : StandardCharsets.ISO_8859_1.name();
    }

    @Override
    public void setContentLength(int len) {
        // the length is set when the captured body is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // the length is set when the captured body is sent
    }

    @Override
    public void setHeader(String name, String value) {
        if (passing) {
            real.setHeader(name, value);
        }
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        if (value != null) {
            headers.add(new String[] {name, value});
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (passing) {
            real.addHeader(name, value);
        }
        headers.add(new String[] {name, value});
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
    }

    @Override
    public String getHeader(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).toList();
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.stream().map(h -> h[0]).distinct().toList();
    }

    @Override
    public boolean isCommitted() {
        return passing && real.isCommitted();
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passing) {
            real.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        if (passing) {
            real.resetBuffer();
        }
        buffer.reset();
    }

    @Override
    public void reset() {
        if (passing) {
            real.reset();
        }
        buffer.reset();
        headers.clear();
        status = SC_OK;
        contentType = null;
        encoding = null;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (out == null) {
            out = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (!passing && buffer.size() + (long) len > limit) {
                        pass();
                    }
                    if (passing) {
                        real.getOutputStream().write(b, off, len);
                    } else {
                        buffer.write(b, off, len);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (passing) {
                        real.getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("asynchronous writes are not supported while capturing");
                }
            };
        }
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }
}
