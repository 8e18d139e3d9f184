package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.store.ParleyStore;

/**
 * A CSV or TSV answer converted from the kept JSON answer is the answer Fuseki computes itself:
 * same bytes (escaping, language tags, datatypes, unbound cells, order) and same Content-Type;
 * requests with parameters that change Fuseki's answer, and ASK queries, are not converted.
 */
class ConvertedAnswersTest {
    private static final String HOST = "127.0.0.1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ALL = "SELECT ?s ?o ?note WHERE { ?s <urn:x:p> ?o OPTIONAL { ?s <urn:x:note> ?note } }"
            + " ORDER BY ?s ?o";

    @TempDir
    Path dir;
    ParleyStore store;
    FusekiServer cached;
    FusekiServer plain;

    @BeforeEach
    void start() {
        store = ParleyStore.open(dir.resolve("store"));
        Node g = NodeFactory.createURI("urn:x:g");
        Node p = NodeFactory.createURI("urn:x:p");
        Node[] objects = {
            NodeFactory.createLiteralString("plain, with a comma"),
            NodeFactory.createLiteralString("quoted \"words\"\nand a second line\tand a tab"),
            NodeFactory.createLiteralLang("Genève", "fr"),
            NodeFactory.createLiteralDT("2022-03-10", XSDDatatype.XSDdate),
            NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger),
            NodeFactory.createURI("https://w3id.org/parley/id/place/geneva"),
            NodeFactory.createLiteralString("Зеленський — 泽连斯基"),
        };
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            for (int i = 0; i < objects.length; i++) {
                Node s = NodeFactory.createURI("urn:x:s" + i);
                dsg.add(g, s, p, objects[i]);
                if (i % 2 == 0) {
                    dsg.add(g, s, NodeFactory.createURI("urn:x:note"), NodeFactory.createLiteralString("note " + i));
                }
            }
        });
        cached = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false, Duration.ofSeconds(30),
                SavedQueries.none()).withCache(16 << 20));
        plain = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false, Duration.ofSeconds(30),
                SavedQueries.none()).withCache(0));
    }

    @AfterEach
    void stop() {
        cached.stop();
        plain.stop();
        store.close();
    }

    private static HttpResponse<byte[]> ask(FusekiServer server, String query, String accept, String extra)
            throws IOException, InterruptedException {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra;
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + server.getPort()
                        + ParleyServer.QUERY_ENDPOINT))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String how(HttpResponse<?> r) {
        return r.headers().firstValue(CachingFilter.STATUS_HEADER).orElse("none");
    }

    @Test
    void csvAndTsvConvertedFromJsonEqualFusekisOwn() throws Exception {
        assertEquals("miss", how(ask(cached, ALL, "application/sparql-results+json", "")));
        for (String accept : new String[] {"text/csv", "text/tab-separated-values"}) {
            HttpResponse<byte[]> converted = ask(cached, ALL, accept, "");
            HttpResponse<byte[]> own = ask(plain, ALL, accept, "");
            assertEquals("converted", how(converted), accept);
            assertEquals(200, converted.statusCode());
            assertArrayEquals(own.body(), converted.body(), accept + ":\n" + new String(own.body(), StandardCharsets.UTF_8)
                    + "\n---\n" + new String(converted.body(), StandardCharsets.UTF_8));
            assertEquals(own.headers().firstValue("Content-Type"), converted.headers().firstValue("Content-Type"));
            assertEquals("hit", how(ask(cached, ALL, accept, "")), "the converted answer is kept");
        }
    }

    @Test
    void notConvertedWhenAParameterChangesTheAnswerOrForAsk() throws Exception {
        ask(cached, ALL, "application/sparql-results+json", "");
        HttpResponse<byte[]> withOutput = ask(cached, ALL, "text/csv", "&output=json");
        assertEquals("miss", how(withOutput));
        assertArrayEquals(ask(plain, ALL, "text/csv", "&output=json").body(), withOutput.body());

        String ask = "ASK { ?s <urn:x:p> ?o }";
        ask(cached, ask, "application/sparql-results+json", "");
        HttpResponse<byte[]> csv = ask(cached, ask, "text/csv", "");
        assertEquals("miss", how(csv));
        assertArrayEquals(ask(plain, ask, "text/csv", "").body(), csv.body());
    }

    @Test
    void withoutAKeptJsonAnswerTheQueryRuns() throws Exception {
        HttpResponse<byte[]> csv = ask(cached, ALL, "text/csv", "");
        assertEquals("miss", how(csv));
        assertArrayEquals(ask(plain, ALL, "text/csv", "").body(), csv.body());
    }
}
