package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.store.ParleyStore;

/**
 * The server's result cache: a repeated query is answered from the cache, a write (through the
 * server or in the process) makes the next answer fresh, identical concurrent requests compute
 * once, formats are kept apart, and the saved queries are prewarmed.
 */
class CachedQueryServerTest {
    private static final String HOST = "127.0.0.1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:x:p> ?o }";
    private static final Node GRAPH = NodeFactory.createURI("urn:x:graph");

    @TempDir
    Path dir;
    ParleyStore store;
    FusekiServer server;
    String base;

    @BeforeEach
    void start() throws IOException {
        store = ParleyStore.open(dir.resolve("store"));
        add(0, 200);
        Path queries = Files.createDirectories(dir.resolve("queries"));
        Files.writeString(queries.resolve("count.rq"), "# How many?\n" + COUNT + "\n");
        Path passwords = Files.writeString(dir.resolve("passwords"), "editor: s3cret-Passw0rd\n");
        server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, true, Duration.ofSeconds(30),
                SavedQueries.load(queries)).withPasswordFile(passwords));
        base = "http://" + HOST + ":" + server.getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    private void add(int from, int to) {
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = from; i < to; i++) {
                store.dataset().asDatasetGraph().add(GRAPH, NodeFactory.createURI("urn:x:s" + i),
                        NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v" + i));
            }
        });
    }

    private HttpResponse<String> get(String query, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", accept).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String how(HttpResponse<?> r) {
        return r.headers().firstValue(CachingFilter.STATUS_HEADER).orElse("none");
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameBytes() throws Exception {
        String q = "SELECT ?s WHERE { ?s <urn:x:p> \"v7\" }";
        HttpResponse<String> first = get(q, "text/csv");
        HttpResponse<String> second = get(q, "text/csv");
        assertEquals(200, second.statusCode());
        assertEquals("miss", how(first));
        assertEquals("hit", how(second));
        assertEquals(first.body(), second.body());
        assertEquals(first.headers().firstValue("Content-Type"), second.headers().firstValue("Content-Type"));
    }

    @Test
    void aKeptAnswerIsStoredCompressedAndSentCompressedOnlyToClientsAcceptingGzip() throws Exception {
        String q = "SELECT ?s ?o WHERE { ?s <urn:x:p> ?o } ORDER BY ?s";
        HttpResponse<String> first = get(q, "text/csv");
        HttpResponse<String> plain = get(q, "text/csv");
        assertEquals("hit", how(plain));
        assertEquals(first.body(), plain.body());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        HttpResponse<byte[]> zipped = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").header("Accept-Encoding", "br, gzip;q=0.8").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertEquals(first.body(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(zipped.body().length < first.body().length());
    }

    @Test
    void gzipIsAcceptedUnlessRefusedWithQualityZero() {
        assertTrue(CachingFilter.acceptsGzip("gzip, deflate, br"));
        assertTrue(CachingFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(!CachingFilter.acceptsGzip("gzip;q=0"));
        assertTrue(!CachingFilter.acceptsGzip("identity"));
        assertTrue(!CachingFilter.acceptsGzip(null));
    }

    @Test
    void aWriteThroughSparqlUpdateMakesTheNextAnswerFresh() throws Exception {
        assertTrue(get(COUNT, "text/csv").body().contains("200"));
        assertTrue(get(COUNT, "text/csv").body().contains("200"));
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/parley/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "editor:s3cret-Passw0rd".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "INSERT DATA { GRAPH <urn:x:graph> { <urn:x:new> <urn:x:p> \"new\" } }"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() == 200 || update.statusCode() == 204, "status " + update.statusCode());
        HttpResponse<String> after = get(COUNT, "text/csv");
        assertTrue(after.body().contains("201"), after.body());
    }

    @Test
    void aWriteTransactionInTheServingProcessMakesTheNextAnswerFresh() throws Exception {
        assertTrue(get(COUNT, "text/csv").body().contains("200"));
        add(200, 250);
        HttpResponse<String> after = get(COUNT, "text/csv");
        assertTrue(after.body().contains("250"), after.body());
        assertNotEquals("hit", how(after));
    }

    @Test
    void eachResultFormatIsItsOwnEntry() throws Exception {
        String q = "SELECT ?s WHERE { ?s <urn:x:p> \"v3\" }";
        HttpResponse<String> csv = get(q, "text/csv");
        HttpResponse<String> json = get(q, "application/sparql-results+json");
        assertEquals("miss", how(json));
        assertTrue(json.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(json.body().contains("\"bindings\""), json.body());
        assertTrue(csv.body().startsWith("s"), csv.body());
        assertEquals("hit", how(get(q, "application/sparql-results+json")));
        assertEquals("hit", how(get(q, "text/csv")));
    }

    @Test
    void aQueryPostedAsTheBodyIsCachedAndStillAnswered() throws Exception {
        String q = "SELECT ?o WHERE { <urn:x:s5> <urn:x:p> ?o }";
        List<String> how = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("v5"), r.body());
            how.add(how(r));
        }
        assertEquals(List.of("miss", "hit"), how);
    }

    @Test
    void concurrentIdenticalRequestsComputeOnce() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a <urn:x:p> ?x . ?b <urn:x:p> ?y . ?c <urn:x:p> ?z }";
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return get(slow, "text/csv");
                }));
            }
            go.countDown();
            List<String> how = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("8000000"), r.body());
                how.add(how(r));
            }
            assertEquals(1, how.stream().filter("miss"::equals).count(), how.toString());
            assertTrue(how.contains("shared"), how.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSavedQueriesArePrewarmedAtStartAndAfterAWrite() throws Exception {
        ResultCache cache = ParleyServer.cache(server).orElseThrow();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (cache.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, cache.size(), "JSON and CSV answers of the one saved query");
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                        SavedQueries.load(dir.resolve("queries")).find("count").orElseThrow().text(),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("hit", how(r));
        add(200, 210);
        deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (cache.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(2, cache.size(), "prewarmed again after the write");
        assertTrue(get(COUNT, "text/csv").body().contains("210"));
    }
}
