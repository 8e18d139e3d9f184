package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.store.ParleyStore;

/**
 * Hostile load on loopback: cross-product queries over the whole store are cut off at the
 * configured timeout while other clients keep getting answers. Bounded: 2 hostile and 4 friendly
 * clients, at most 25 s.
 */
class QueryTimeoutTest {
    private static final String HOST = "127.0.0.1";
    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private static final String SMALL = "SELECT ?o WHERE { <urn:x:s7> ?p ?o }";

    @Test
    void crossProductIsCutOffAtTheTimeoutWhileOtherClientsAreServed(@TempDir Path dir) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                for (int i = 0; i < 2000; i++) {
                    dsg.add(NodeFactory.createURI("urn:x:g" + (i % 10)), NodeFactory.createURI("urn:x:s" + i),
                            NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v" + i));
                }
            });
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options(HOST, 0, false,
                    Duration.ofSeconds(2), SavedQueries.none()));
            String endpoint = "http://" + HOST + ":" + server.getPort() + ParleyServer.QUERY_ENDPOINT;
            try {
                List<Future<long[]>> hostile = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    hostile.add(clients.submit(() -> timed(http, endpoint, CROSS_PRODUCT)));
                }
                List<Future<List<long[]>>> friendly = new ArrayList<>();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                for (int i = 0; i < 4; i++) {
                    friendly.add(clients.submit(() -> {
                        List<long[]> out = new ArrayList<>();
                        while (System.nanoTime() < until && out.size() < 200) {
                            out.add(timed(http, endpoint, SMALL));
                        }
                        return out;
                    }));
                }
                int answered = 0;
                long slowest = 0;
                for (Future<List<long[]>> f : friendly) {
                    for (long[] r : f.get(25, TimeUnit.SECONDS)) {
                        assertEquals(200, r[0], "a friendly query failed while the cross product ran");
                        slowest = Math.max(slowest, r[1]);
                        answered++;
                    }
                }
                assertTrue(answered >= 8, "friendly queries answered: " + answered);
                assertTrue(slowest < 1500, "slowest friendly query " + slowest + " ms");
                List<Long> cutOff = new ArrayList<>();
                for (Future<long[]> f : hostile) {
                    long[] r = f.get(25, TimeUnit.SECONDS);
                    assertEquals(503, r[0], "cross product must be cancelled");
                    assertTrue(r[1] >= 1900 && r[1] < 8000, "cut off after " + r[1] + " ms, timeout 2000 ms");
                    cutOff.add(r[1]);
                }
                System.out.printf("timeout test: cross products cut off after %s ms (limit 2000 ms); %d friendly"
                        + " queries answered meanwhile, slowest %d ms%n", cutOff, answered, slowest);
            } finally {
                server.stop();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** @return {status, milliseconds} */
    private static long[] timed(HttpClient http, String endpoint, String query) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return new long[] {r.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)};
    }
}
