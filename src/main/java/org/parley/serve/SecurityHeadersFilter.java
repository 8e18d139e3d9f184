package org.parley.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts the browser security headers on every response and refuses HTTP {@code TRACE} (and
 * {@code TRACK}) with 405. The Content-Security-Policy lets pages run only scripts served by this
 * server (no inline script, no {@code eval}), connect only to it, and not be framed by any site;
 * inline styles are allowed because the bundled editor (YASGUI) and the explorer's libraries set
 * them. Immutable and thread-safe.
 */
public final class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /** The Content-Security-Policy of every response. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The Referrer-Policy of every response. */
    public static final String REFERRER_POLICY = "no-referrer";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", REFERRER_POLICY);
        String method = req.getMethod();
        if (method.equalsIgnoreCase("TRACE") || method.equalsIgnoreCase("TRACK")) {
            byte[] body = (method + " is not allowed\n").getBytes(StandardCharsets.UTF_8);
            resp.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            resp.setContentType("text/plain; charset=utf-8");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
            return;
        }
        chain.doFilter(req, resp);
    }
}
