package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;

/**
 * Serves a folder of the classpath (such as {@code web/explore/}, the bundled explorer page) as
 * static files under a path of the embedded Fuseki server, so the page works with no other server
 * and no network: {@code GET /explore/} returns {@code index.html}, {@code GET /explore} redirects
 * there, other names map to files of the folder with a content type from their extension; names
 * with {@code ..} or a missing file give 404. Stateless and thread-safe.
 */
public final class ClasspathWebServlet extends HttpServlet {

    /** Classpath folder of the explorer bundle written by the npm build. */
    public static final String EXPLORER_FOLDER = "web/explore";
    /** Path the explorer is served at. */
    public static final String EXPLORER_PATH = "/explore";

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "png", "image/png",
            "svg", "image/svg+xml",
            "txt", "text/plain; charset=utf-8");

    private final String folder;
    private final String mount;

    /**
     * @param folder classpath folder, without leading or trailing slash
     * @param mount  URL path it is served at, starting with a slash, without trailing slash
     */
    public ClasspathWebServlet(String folder, String mount) {
        this.folder = folder;
        this.mount = mount;
    }

    /**
     * Adds the explorer page at {@value #EXPLORER_PATH} to a server being built.
     *
     * @param builder the Fuseki server builder
     * @return the same builder
     */
    public static FusekiServer.Builder addExplorer(FusekiServer.Builder builder) {
        ClasspathWebServlet servlet = new ClasspathWebServlet(EXPLORER_FOLDER, EXPLORER_PATH);
        return builder.addServlet(EXPLORER_PATH + "/*", servlet);
    }

    /** @return whether the explorer bundle is on the classpath (false in a build run with -Dskip.web) */
    public static boolean explorerBundled() {
        return ClasspathWebServlet.class.getClassLoader().getResource(EXPLORER_FOLDER + "/index.html") != null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(mount + "/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (name.contains("..") || name.contains("\\") || name.startsWith("/")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathWebServlet.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, name.equals("index.html")
                        ? "the explorer page was not built (build without -Dskip.web)" : null);
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setHeader("Cache-Control", "no-cache");
            resp.setHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
