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

/** The load driver counts the rows of every answer, computed or from the cache. */
class LoadDriverTest {
    @Test
    void countsTheRowsOfComputedAndCachedAnswers(@TempDir Path dir) {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            Txn.executeWrite(store.dataset(), () -> {
                for (int i = 0; i < 300; i++) {
                    store.dataset().asDatasetGraph().add(NodeFactory.createURI("urn:x:g"),
                            NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"),
                            NodeFactory.createLiteralString("a value long enough to be worth compressing " + i));
                }
            });
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options("127.0.0.1", 0, false,
                    Duration.ofSeconds(30), SavedQueries.none()));
            try {
                LoadDriver driver = new LoadDriver(URI.create("http://127.0.0.1:" + server.getPort()
                        + ParleyServer.QUERY_ENDPOINT));
                LoadDriver.Latencies l = driver.run("all", "SELECT ?s ?o WHERE { ?s <urn:x:p> ?o }", 2, 6,
                        Duration.ofSeconds(30));
                assertEquals(300, l.rows());
                assertEquals(0, l.errors());
                assertTrue(l.requests() >= 6, "requests " + l.requests());
            } finally {
                server.stop();
            }
        }
    }
}
