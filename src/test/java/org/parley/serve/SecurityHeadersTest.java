package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.store.ParleyStore;

/**
 * Every response of the server, pages, endpoint answers and errors alike, carries the browser
 * security headers; TRACE is refused without echoing the request. (That the pages still work
 * under the policy is checked in Chromium by {@link QueryPageBrowserTest} and
 * {@link ExplorerPageBrowserTest}.)
 */
class SecurityHeadersTest {
    private static final String HOST = "127.0.0.1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    static ParleyStore store;
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir.resolve("store"));
        server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false, Duration.ofSeconds(30),
                SavedQueries.load(Path.of("queries"))).withLimits(4096, 100));
        base = "http://" + HOST + ":" + server.getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    /** One response of every kind the server gives: pages, files, results, and errors. */
    private static List<HttpResponse<String>> everyKindOfResponse() throws IOException, InterruptedException {
        List<HttpResponse<String>> all = new ArrayList<>();
        for (String path : List.of("/", "/queries.json", "/query/query.js", "/explore/", "/no/such/page",
                "/parley/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "/parley/sparql?query=" + URLEncoder.encode("SELECT WHERE {", StandardCharsets.UTF_8))) {
            all.add(send(get(path)));
        }
        all.add(send(get("/parley/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * { ?s ?p ?o } # " + "x".repeat(5000)))));
        return all;
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElseThrow(() -> new AssertionError(
                r.request().method() + " " + r.request().uri() + " (" + r.statusCode() + ") has no " + name));
    }

    @Test
    void theResponsesCoverPagesResultsAndErrors() throws Exception {
        List<Integer> statuses = everyKindOfResponse().stream().map(HttpResponse::statusCode).toList();
        assertTrue(statuses.contains(200) && statuses.contains(404) && statuses.contains(400) && statuses.contains(413),
                statuses.toString());
    }

    @Test
    void everyResponseHasAContentSecurityPolicyWithoutInlineScriptsOrFraming() throws Exception {
        for (HttpResponse<String> r : everyKindOfResponse()) {
            String csp = header(r, "Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self';"), csp);
            assertTrue(csp.contains("default-src 'self'"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("object-src 'none'"), csp);
            assertFalse(csp.contains("unsafe-eval"), csp);
            String scripts = csp.substring(csp.indexOf("script-src"));
            assertFalse(scripts.substring(0, scripts.indexOf(';')).contains("unsafe-inline"), csp);
        }
    }

    @Test
    void everyResponseForbidsContentSniffing() throws Exception {
        for (HttpResponse<String> r : everyKindOfResponse()) {
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        }
    }

    @Test
    void everyResponseForbidsFramingForOlderBrowsersToo() throws Exception {
        for (HttpResponse<String> r : everyKindOfResponse()) {
            assertEquals("DENY", header(r, "X-Frame-Options"));
        }
    }

    @Test
    void everyResponseSendsNoReferrer() throws Exception {
        for (HttpResponse<String> r : everyKindOfResponse()) {
            assertEquals("no-referrer", header(r, "Referrer-Policy"));
        }
    }

    @Test
    void traceIsRefusedAndDoesNotEchoTheRequest() throws Exception {
        for (String path : List.of("/", "/parley/sparql", "/explore/", "/parley/get")) {
            HttpResponse<String> r = send(get(path).method("TRACE", HttpRequest.BodyPublishers.noBody())
                    .header("X-Probe", "echo-me-back"));
            assertEquals(405, r.statusCode(), path);
            assertFalse(r.body().contains("echo-me-back"), r.body());
            assertFalse(header(r, "Allow").contains("TRACE"));
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        }
    }

    @Test
    void theQueryPageHasNoInlineScriptOrStyleElement() throws Exception {
        String page = send(get("/")).body();
        assertTrue(page.contains("<script src=\"query/query.js\"></script>"), page);
        assertFalse(page.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), "inline script on the query page");
        assertFalse(page.contains("<style") || page.contains(" style=\"") || page.contains(" onclick="), page);
    }
}
