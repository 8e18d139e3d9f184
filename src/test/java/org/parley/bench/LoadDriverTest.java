package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;

/**
 * The load driver counts the rows of every answer, computed or from the cache (sent gzip-compressed),
 * and reports a refused answer by its status.
 */
class LoadDriverTest {
    private static final String ALL = "SELECT ?s ?o WHERE { ?s <urn:x:p> ?o }";

    private static void fill(ParleyStore store) {
        Txn.executeWrite(store.dataset(), () -> {
            for (int i = 0; i < 300; i++) {
                store.dataset().asDatasetGraph().add(NodeFactory.createURI("urn:x:g"),
                        NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                        NodeFactory.createLiteralString("a value long enough to be worth compressing " + i));
            }
        });
    }

    private static LoadDriver driver(FusekiServer server) {
        return new LoadDriver(URI.create("http://127.0.0.1:" + server.getPort() + ParleyServer.QUERY_ENDPOINT));
    }

    @Test
    void countsTheRowsOfComputedAndCachedAnswers(@TempDir Path dir) {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            fill(store);
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options("127.0.0.1", 0, false,
                    Duration.ofSeconds(30), SavedQueries.none()).withCache(16 << 20));
            try {
                LoadDriver.Latencies l = driver(server).run("all", ALL, 2, 6, Duration.ofSeconds(30));
                assertEquals(300, l.rows());
                assertEquals(0, l.errors());
                assertEquals(200, l.status());
                assertTrue(l.requests() >= 6, "requests " + l.requests());
                assertTrue(l.bytes() > 0 && l.bytes() < 300 * 40, "cached answers come compressed: " + l.bytes() + " bytes");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aRefusedAnswerIsAnErrorWithItsStatus(@TempDir Path dir) {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            fill(store);
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options("127.0.0.1", 0, false,
                    Duration.ofSeconds(30), SavedQueries.none()).withLimits(1 << 20, 100));
            try {
                LoadDriver.Latencies l = driver(server).run("all", ALL, 1, 2, Duration.ofSeconds(30));
                assertEquals(422, l.status());
                assertEquals(l.requests(), l.errors());
                assertEquals(-1, l.rows());
                LoadDriver.Latencies page = driver(server).run("page", ALL + " LIMIT 100", 1, 2, Duration.ofSeconds(30));
                assertEquals(200, page.status());
                assertEquals(100, page.rows());
                assertEquals(0, page.errors());
            } finally {
                server.stop();
            }
        }
    }
}
