package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.parley.query.SavedQueries;

/**
 * Serves Parley's own pages next to the SPARQL endpoint: the query page at {@code /}
 * ({@link QueryPage}), the saved queries as JSON at {@code /queries.json}, the query page's
 * editor bundle from the classpath folder {@code web/query/} under {@code /query/}, and the
 * explorer's static files from the classpath folder {@code web/explore/} under {@code /explore/}.
 * Anything else is 404. Thread-safe (state is immutable).
 */
public final class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Classpath folder of the explorer's files. */
    public static final String EXPLORE_RESOURCES = "/web/explore/";
    /** Classpath folder of the query page's editor bundle (YASGUI). */
    public static final String QUERY_RESOURCES = "/web/query/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("rq", "application/sparql-query"));

    private final transient SavedQueries queries;
    private final String endpoint;
    private final String exploreResources;

    /**
     * @param queries  the saved queries listed on the page
     * @param endpoint path of the SPARQL query endpoint
     */
    public WebServlet(SavedQueries queries, String endpoint) {
        this(queries, endpoint, EXPLORE_RESOURCES);
    }

    /**
     * @param queries          the saved queries listed on the page
     * @param endpoint         path of the SPARQL query endpoint
     * @param exploreResources classpath folder served under {@code /explore/}, ending in {@code /}
     */
    public WebServlet(SavedQueries queries, String endpoint, String exploreResources) {
        this.queries = queries;
        this.endpoint = endpoint;
        this.exploreResources = exploreResources;
    }

    /** @return true when the explorer page is packaged */
    public boolean hasExplorer() {
        return WebServlet.class.getResource(exploreResources + "index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
            send(resp, "text/html; charset=utf-8",
                    QueryPage.render(queries, endpoint, hasExplorer() ? "/explore/" : null).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/queries.json")) {
            send(resp, "application/json", QueryPage.json(queries.all()).getBytes(StandardCharsets.UTF_8));
        } else if (path.equals("/explore")) {
            resp.sendRedirect(req.getContextPath() + "/explore/");
        } else if (path.startsWith("/explore/")) {
            file(exploreResources, "/explore/", path.substring("/explore/".length()), resp);
        } else if (path.startsWith("/query/")) {
            file(QUERY_RESOURCES, "/query/", path.substring("/query/".length()), resp);
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not found: " + path);
        }
    }

    private static void file(String folder, String shown, String file, HttpServletResponse resp) throws IOException {
        if (file.isEmpty()) {
            file = "index.html";
        }
        if (file.contains("..") || file.contains("\\") || file.startsWith("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = WebServlet.class.getResourceAsStream(folder + file)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not found: " + shown + file);
                return;
            }
            int dot = file.lastIndexOf('.');
            String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
            send(resp, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
