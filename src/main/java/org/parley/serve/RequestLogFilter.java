package org.parley.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's request log, made for a long-running server: one line per request at INFO on the
 * logger {@value #LOGGER} ({@code GET /parley/sparql 200 12 ms 34 rows cache=miss}: method, path
 * without its query string, status, time, then the result rows or triples where the query service
 * counted them ({@link #ROWS_ATTRIBUTE}) and how the result cache answered, where it did). At
 * DEBUG ({@code parley serve -v}) each query's text is logged too, once per request and on one line
 * ({@link #query}). Failures the server expects (parse errors, queries nested too deeply, timeouts,
 * oversized requests) are answered with a one-line message and leave only this line; server
 * errors (5xx but 503, which answers timeouts) are logged at WARN. Immutable and thread-safe.
 */
public final class RequestLogFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** Name of the request logger. */
    public static final String LOGGER = "org.parley.serve.requests";
    /** Request attribute: number of result rows or triples sent, set by {@link LimitedQueryService}. */
    public static final String ROWS_ATTRIBUTE = "org.parley.rows";
    /** Longest path or query text written to the log, in characters. */
    static final int MAX_LOGGED = 10_000;
    private static final String QUERY_LOGGED = "org.parley.queryLogged";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(req, resp);
        } finally {
            log(req, resp, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void log(HttpServletRequest req, HttpServletResponse resp, long millis) {
        int status = resp.getStatus();
        boolean failed = status >= 500 && status != HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        if (!LOG.isInfoEnabled() && !(failed && LOG.isWarnEnabled())) {
            return;
        }
        StringBuilder line = new StringBuilder(96).append(oneLine(req.getMethod(), 16)).append(' ')
                .append(oneLine(req.getRequestURI(), 200)).append(' ').append(status).append(' ').append(millis)
                .append(" ms");
        if (req.getAttribute(ROWS_ATTRIBUTE) instanceof Number rows) {
            line.append(' ').append(rows.longValue()).append(rows.longValue() == 1 ? " row" : " rows");
        }
        String cache = resp.getHeader(CachingFilter.STATUS_HEADER);
        if (cache != null) {
            line.append(" cache=").append(cache);
        }
        if (req.getAttribute(CachingFilter.PREWARM_ATTRIBUTE) != null) {
            line.append(" prewarm");
        }
        if (failed) {
            LOG.warn("{}", line);
        } else {
            LOG.info("{}", line);
        }
    }

    /**
     * Logs a query's text at DEBUG, once per request (the result cache and the query service both
     * see it): on one line, line breaks written as {@code \n}, cut after {@value #MAX_LOGGED}
     * characters.
     *
     * @param req  the request
     * @param text the query text
     */
    public static void query(HttpServletRequest req, String text) {
        if (!LOG.isDebugEnabled() || text == null || req.getAttribute(QUERY_LOGGED) != null) {
            return;
        }
        req.setAttribute(QUERY_LOGGED, Boolean.TRUE);
        LOG.debug("{} {} query: {}", req.getMethod(), oneLine(req.getRequestURI(), 200), oneLine(text, MAX_LOGGED));
    }

    /**
     * @param text any text
     * @param max  longest result before the cut
     * @return the text on one line (backslashes and line breaks escaped), cut after {@code max} characters
     */
    static String oneLine(String text, int max) {
        if (text == null) {
            return "-";
        }
        String cut = text.length() > max ? text.substring(0, max) : text;
        String escaped = cut.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
        return cut.length() < text.length() ? escaped + "… (" + text.length() + " characters)" : escaped;
    }
}
