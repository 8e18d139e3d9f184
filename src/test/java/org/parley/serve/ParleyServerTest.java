package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.query.SavedQueries;
import org.parley.rdf.Iris;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/** The running endpoint, spoken to with the standard SPARQL protocol over HTTP on 127.0.0.1. */
class ParleyServerTest {
    private static final String HOST = "127.0.0.1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String COUNT_ARTICLES =
            "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/parley/ontology#Article> }";

    @TempDir
    static Path dir;
    static ParleyStore store;
    static FusekiServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = ParleyStore.open(dir.resolve("store"));
        List<Article> articles = List.of(
                new Article("s1", "fixtures/s1.txt", "Envoys met in Doha on Tuesday. Talks will continue.",
                        new ArticleMetadata(null, java.time.LocalDate.of(2022, 3, 1), "Fixture Post", null)),
                new Article("s2", "fixtures/s2.txt", "A second round opened in Minsk.", ArticleMetadata.EMPTY));
        StoreBuilder.standard(store).build(articles, BuildProgress.NONE);
        SavedQueries queries = SavedQueries.load(fixtures("queries"));
        server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false,
                Duration.ofSeconds(30), queries, "/fixtures/explore/"));
        base = "http://" + HOST + ":" + server.getPort();
    }

    static Path fixtures(String name) throws Exception {
        return Path.of(ParleyServerTest.class.getResource("/fixtures/" + name).toURI());
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

    /**
     * Sends a write the server refuses on a connection of its own: the server answers it without
     * reading the body and closes the connection, which a pooled connection may not notice in time.
     */
    private static HttpResponse<String> sendRefused(HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpClient own = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return own.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void getQueryReturnsJsonResults() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query=" + enc(COUNT_ARTICLES)))
                .header("Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(r.body().replaceAll("\\s+", "").contains("\"value\":\"2\""), r.body());
    }

    @Test
    void postSparqlQueryReturnsCsv() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT_ARTICLES)));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("n\r\n2\r\n", r.body());
    }

    @Test
    void postFormEncodedQueryOnTheQueryAlias() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/parley/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(COUNT_ARTICLES))));
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n2\r\n", r.body());
    }

    @Test
    void graphStoreGetReturnsOneArticleGraph() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/parley/get?graph=" + enc(Iris.article("s2"))))
                .header("Accept", "application/n-triples"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<" + Iris.article("s2") + ">"));
        assertFalse(r.body().contains("<" + Iris.article("s1") + ">"));
    }

    @Test
    void updateIsRefusedWhenReadOnly() throws Exception {
        HttpResponse<String> update = sendRefused(HttpRequest.newBuilder(URI.create(base + "/parley/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")));
        assertTrue(update.statusCode() >= 400, "status " + update.statusCode());
        HttpResponse<String> viaQuery = sendRefused(HttpRequest.newBuilder(URI.create(base + "/parley/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")));
        assertTrue(viaQuery.statusCode() >= 400, "status " + viaQuery.statusCode());
        HttpResponse<String> put = sendRefused(HttpRequest.newBuilder(URI.create(base + "/parley/get?default"))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .\n")));
        assertTrue(put.statusCode() >= 400, "status " + put.statusCode());
        HttpResponse<String> count = send(HttpRequest.newBuilder(URI.create(base + "/parley/sparql?query="
                + enc("ASK { <urn:x:a> ?p ?o }"))).header("Accept", "text/csv"));
        assertTrue(count.body().contains("false"), count.body());
    }

    @Test
    void queryPageListsTheSavedQueries() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/")));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("Which articles were read, newest first?"));
        assertTrue(r.body().contains("How many sentences does each article have?"));
        assertTrue(r.body().contains("data-query=\"sentence-count\""));
        assertTrue(r.body().contains("/parley/sparql"));
        assertTrue(r.body().contains("href=\"/explore/\""));
        assertFalse(r.body().contains("http://") && r.body().contains("<script src=\"http"), "no external scripts");
    }

    @Test
    void savedQueriesAreServedAsJson() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/queries.json")));
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.body().startsWith("[{\"name\":\"articles-by-date\""), r.body());
    }

    @Test
    void explorerFilesAreServedWithTheirContentTypes() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/explore/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        HttpResponse<String> js = send(HttpRequest.newBuilder(URI.create(base + "/explore/app.js")));
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/explore/missing.css"))).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/explore/../index.html"))).statusCode());
    }

    @Test
    void queryTimeoutIsInTheDatasetContext() {
        assertEquals("30000", store.dataset().getContext().getAsString(ARQ.queryTimeout));
    }

    @Test
    void portAlreadyInUseIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParleyServer.start(store.dataset(),
                new ParleyServer.Options(HOST, server.getPort(), false, Duration.ofSeconds(30), SavedQueries.none())));
        assertTrue(e.getMessage().contains("port already in use"), e.getMessage());
        assertTrue(e.getMessage().contains(HOST + ":" + server.getPort()), e.getMessage());
    }

    @Test
    void updateIsAcceptedWhenAllowed(@TempDir Path other) throws Exception {
        try (ParleyStore writable = ParleyStore.open(other.resolve("store"))) {
            Path passwords = Files.writeString(other.resolve("passwords"), "writer: pw-for-tests\n");
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("writer:pw-for-tests".getBytes(
                    StandardCharsets.UTF_8));
            FusekiServer rw = ParleyServer.start(writable.dataset(), new ParleyServer.Options(HOST, 0, true,
                    Duration.ofSeconds(30), SavedQueries.none()).withPasswordFile(passwords));
            try {
                String url = "http://" + HOST + ":" + rw.getPort();
                HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(url + "/parley/update"))
                        .header("Content-Type", "application/sparql-update")
                        .header("Authorization", auth)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> } }")));
                assertTrue(update.statusCode() == 200 || update.statusCode() == 204, "status " + update.statusCode());
                HttpResponse<String> ask = send(HttpRequest.newBuilder(URI.create(url + "/parley/sparql?query="
                        + enc("ASK { <urn:x:a> ?p ?o }"))).header("Accept", "text/csv"));
                assertTrue(ask.body().contains("true"), ask.body());
                HttpResponse<String> gsp = send(HttpRequest.newBuilder(URI.create(url + "/parley/data?graph=" + enc("urn:x:h")))
                        .header("Content-Type", "application/n-triples")
                        .header("Authorization", auth)
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:d> <urn:x:e> <urn:x:f> .\n")));
                assertTrue(gsp.statusCode() < 300, "status " + gsp.statusCode());
            } finally {
                rw.stop();
            }
        }
    }

    @Test
    void assemblerConfigServesTheStoreReadOnlyWithUnionDefaultGraph(@TempDir Path other) throws Exception {
        Path storeDir = other.resolve("store");
        try (ParleyStore s = ParleyStore.open(storeDir)) {
            StoreBuilder.standard(s).build(List.of(new Article("c1", "fixtures/c1.txt", "One sentence.",
                    ArticleMetadata.EMPTY)), BuildProgress.NONE);
        }
        String config = Files.readString(Path.of("fuseki-config", "config.ttl"))
                .replace("tdb2:location \"data/store\"", "tdb2:location \"" + storeDir.toAbsolutePath() + "\"");
        Path configFile = Files.writeString(other.resolve("config.ttl"), config);
        FusekiServer s = ParleyServer.startConfig(configFile, new ParleyServer.Options(HOST, 0, false,
                Duration.ofSeconds(30), SavedQueries.none()));
        try {
            String url = "http://" + HOST + ":" + s.getPort();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url + "/parley/sparql?query=" + enc(COUNT_ARTICLES)))
                    .header("Accept", "text/csv"));
            assertEquals("n\r\n1\r\n", r.body());
            HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(url + "/parley/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")));
            assertTrue(update.statusCode() >= 400);
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(url + "/parley/get?graph=" + enc(Iris.article("c1")))))
                    .statusCode());
        } finally {
            s.stop();
            org.apache.jena.tdb2.sys.TDBInternal.expel(
                    org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(storeDir.toAbsolutePath().toString()));
        }
    }
}
