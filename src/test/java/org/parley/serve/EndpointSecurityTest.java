package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.store.ParleyStore;

/**
 * The endpoint refuses what it must: writes without the flag or without a password, SERVICE calls
 * to other hosts, JavaScript functions, external XML entities, oversized requests and results,
 * and cross-origin browser calls unless allowed. All traffic stays on 127.0.0.1.
 */
class EndpointSecurityTest {
    private static final String HOST = "127.0.0.1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int TRIPLES = 300;

    @TempDir
    static Path dir;
    static ParleyStore store;
    static FusekiServer server;
    static String base;
    static Path passwords;

    @BeforeAll
    static void start() throws IOException {
        store = ParleyStore.open(dir.resolve("store"));
        Txn.executeWrite(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            var g = NodeFactory.createURI("urn:x:graph");
            for (int i = 0; i < TRIPLES; i++) {
                dsg.add(g, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createLiteralString("value " + i));
            }
        });
        passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret-Passw0rd\n");
        server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, true, Duration.ofSeconds(30),
                SavedQueries.none()).withLimits(4096, 100).withPasswordFile(passwords));
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

    private static HttpRequest.Builder query(String q) {
        return HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv");
    }

    private static HttpRequest.Builder update(String u) {
        return HttpRequest.newBuilder(URI.create(base + "/parley/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(u));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void updatesNeedTheUserAndPasswordFromThePasswordFile() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:auth> { <urn:x:a> <urn:x:b> \"written\" } }";
        assertEquals(401, send(update(insert)).statusCode());
        assertEquals(401, send(update(insert).header("Authorization", basic("editor", "wrong"))).statusCode());
        assertEquals(401, send(update(insert).header("Authorization", basic("intruder", "s3cret-Passw0rd"))).statusCode());
        assertTrue(send(query("ASK { <urn:x:a> ?p ?o }")).body().contains("false"));
        HttpResponse<String> ok = send(update(insert).header("Authorization", basic("editor", "s3cret-Passw0rd")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, "status " + ok.statusCode());
        assertTrue(send(query("ASK { <urn:x:a> ?p ?o }")).body().contains("true"), "reads need no password");
        HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(base + "/parley/data?graph=urn:x:other"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:d> <urn:x:e> <urn:x:f> .\n")));
        assertEquals(401, gsp.statusCode());
    }

    @Test
    void allowingUpdateWithoutAPasswordFileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParleyServer.start(store.dataset(),
                new ParleyServer.Options(HOST, 0, true, Duration.ofSeconds(5), SavedQueries.none())));
        assertTrue(e.getMessage().contains("password file"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> ParleyServer.start(
                store.dataset(), new ParleyServer.Options(HOST, 0, true, Duration.ofSeconds(5), SavedQueries.none())
                        .withPasswordFile(dir.resolve("no-such-file"))));
        assertTrue(missing.getMessage().contains("no-such-file"), missing.getMessage());
    }

    @Test
    void serverBindsTheLoopbackAddressOnly() {
        for (Connector c : server.getJettyServer().getConnectors()) {
            assertEquals(HOST, ((ServerConnector) c).getHost());
        }
    }

    @Test
    void serviceCallsToOtherServersAreRefusedWithoutConnecting() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 5, InetAddress.getByName(HOST))) {
            other.setSoTimeout(1500);
            HttpResponse<String> r = send(query("SELECT * WHERE { SERVICE <http://" + HOST + ":" + other.getLocalPort()
                    + "/sparql> { ?s ?p ?o } }"));
            assertTrue(r.statusCode() >= 400, "status " + r.statusCode() + ": " + r.body());
            AtomicBoolean connected = new AtomicBoolean(true);
            try (var s = other.accept()) {
                connected.set(true);
            } catch (SocketTimeoutException expected) {
                connected.set(false);
            }
            assertFalse(connected.get(), "the endpoint opened a connection to another server");
        }
    }

    @Test
    void javaScriptFunctionsStayOff() throws Exception {
        HttpResponse<String> r = send(query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> "
                + "SELECT (js:identity(42) AS ?x) WHERE { }"));
        if (r.statusCode() == 200) {
            assertEquals("x\r\n\r\n", r.body(), "the function must not run");
        } else {
            assertEquals(400, r.statusCode(), r.body());
        }
    }

    @Test
    void rdfXmlUploadsCannotReadExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rdf:RDF [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:x=\"http://example.org/x#\">\n"
                + "  <rdf:Description rdf:about=\"urn:x:doc\"><x:text>&leak;</x:text></rdf:Description>\n"
                + "</rdf:RDF>\n";
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(base + "/parley/data?graph=urn:x:xxe"))
                .header("Content-Type", "application/rdf+xml")
                .header("Authorization", basic("editor", "s3cret-Passw0rd"))
                .PUT(HttpRequest.BodyPublishers.ofString(xml)));
        HttpResponse<String> leaked = send(query("ASK { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"TOP-SECRET\")) }"));
        assertTrue(leaked.body().contains("false"), "upload status " + put.statusCode() + ", ask: " + leaked.body());
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(xml, Lang.RDFXML).parse(g);
        } catch (RuntimeException refused) {
            assertTrue(g.isEmpty() || g.find().toList().stream().noneMatch(EndpointSecurityTest::leaks));
            return;
        }
        assertTrue(g.find().toList().stream().noneMatch(EndpointSecurityTest::leaks), g.toString());
    }

    private static boolean leaks(Triple t) {
        return t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().contains("TOP-SECRET");
    }

    @Test
    void oversizedRequestsGetClearErrors() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(5000);
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)));
        assertEquals(413, post.statusCode());
        assertTrue(post.body().contains("limit of 4096 bytes"), post.body());
        HttpResponse<String> get = send(query(big));
        assertEquals(414, get.statusCode(), get.body());
        assertTrue(get.body().contains("POST"), get.body());
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "ASK {}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(411, chunked.statusCode(), chunked.body());
        assertEquals(200, send(query("ASK {}")).statusCode(), "small requests still pass");
    }

    @Test
    void oversizedResultsGetAClearErrorInsteadOfATruncatedResult() throws Exception {
        HttpResponse<String> all = send(query("SELECT ?s WHERE { ?s ?p ?o }"));
        assertEquals(LimitedQueryService.STATUS, all.statusCode());
        assertTrue(all.body().contains("more than 100 rows"), all.body());
        HttpResponse<String> limited = send(query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 100"));
        assertEquals(200, limited.statusCode());
        assertEquals(101, limited.body().lines().count(), "header and 100 rows");
        HttpResponse<String> graph = send(query("CONSTRUCT WHERE { ?s ?p ?o }"));
        assertEquals(LimitedQueryService.STATUS, graph.statusCode());
        assertTrue(graph.body().contains("more than 100 triples"), graph.body());
    }

    @Test
    void corsIsOffByDefaultAndAllowsOnlyTheConfiguredOrigins(@TempDir Path other) throws Exception {
        HttpResponse<String> off = send(query("ASK {}").header("Origin", "http://evil.example"));
        assertEquals(200, off.statusCode());
        assertNull(off.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        try (ParleyStore s = ParleyStore.open(other.resolve("store"))) {
            FusekiServer cors = ParleyServer.start(s.dataset(), new ParleyServer.Options(HOST, 0, false,
                    Duration.ofSeconds(5), SavedQueries.none()).withCors(List.of("http://app.example")));
            try {
                String url = "http://" + HOST + ":" + cors.getPort() + "/parley/sparql?query=" + URLEncoder.encode("ASK {}",
                        StandardCharsets.UTF_8);
                HttpResponse<String> allowed = send(HttpRequest.newBuilder(URI.create(url)).header("Origin", "http://app.example"));
                assertEquals("http://app.example", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
                HttpResponse<String> denied = send(HttpRequest.newBuilder(URI.create(url)).header("Origin", "http://evil.example"));
                assertNull(denied.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            } finally {
                cors.stop();
            }
        }
    }
}
