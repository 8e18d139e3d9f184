package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;
import org.parley.store.ParleyStore;

/**
 * Runs {@code parley serve} on the fixture store in a child JVM and drives the query page (YASGUI)
 * in Debian's chromium through playwright-core ({@code src/test/web/query-check.mjs}), under the
 * server's Content-Security-Policy: types a query into the editor, runs it and reads the rows of
 * YASGUI's result table, then opens the saved query {@code statements} from the list (it runs in
 * its own tab) and reads its rows. Screenshots go to {@code target/screenshots/query/}. Skips when chromium, node,
 * playwright-core or the bundles are missing.
 */
class QueryPageBrowserTest {

    private static final Path SCRIPT = Path.of("src/test/web/query-check.mjs");
    private static final String TYPED = "SELECT ?round ?label WHERE { ?round a <https://w3id.org/parley/ontology#NegotiationRound> ;"
            + " <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label LIMIT 7";

    @TempDir
    Path tmp;

    /**
     * @param dir folder of the new store
     * @return the folder, holding a store of the fixture {@code fixtures/talks.trig}
     */
    static Path fixtureStore(Path dir) {
        Dataset fixture = DatasetFactory.create();
        RDFDataMgr.read(fixture, QueryPageBrowserTest.class.getClassLoader().getResource("fixtures/talks.trig").toString());
        try (ParleyStore store = ParleyStore.open(dir)) {
            Txn.executeWrite(store.dataset(), () -> {
                store.loadOntology();
                fixture.listNames().forEachRemaining(name -> store.replaceGraph(
                        NodeFactory.createURI(name), fixture.getNamedModel(name).getGraph()));
            });
        }
        return dir;
    }

    private static JsonObject drive(String base) throws Exception {
        Process p = new ProcessBuilder("node", SCRIPT.toString(), base, "target/screenshots/query",
                ExplorerPageBrowserTest.chromium(), TYPED, "statements").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "browser script timed out");
        assertEquals(0, p.exitValue(), "browser script failed: " + out);
        return Json.createReader(new StringReader(out)).readObject();
    }

    @Test
    void aTypedQueryAndASavedQueryShowTheirRowsInYasguisTable() throws Exception {
        ExplorerPageBrowserTest.assumeBrowser();
        assumeTrue(Main.class.getResource(WebServlet.QUERY_RESOURCES + "query.js") != null,
                "query page bundle missing: build without -Dskip.web");
        try (ExplorerPageBrowserTest.Serve serve = ExplorerPageBrowserTest.Serve.start(tmp.resolve("serve.log"),
                "--store", fixtureStore(tmp.resolve("store")).toString())) {
            JsonObject r = drive(serve.base());
            assertEquals(200, r.getInt("status"));
            assertTrue(r.getString("csp").contains("script-src 'self'"), r.toString());
            assertEquals(TYPED, r.getString("typed"), "the editor holds what was typed");
            JsonArray typedRows = r.getJsonArray("typedRows");
            assertFalse(typedRows.isEmpty(), "no rows for the typed query: " + r);
            assertTrue(typedRows.toString().contains("Antalya"), typedRows.toString());
            assertEquals("statements", r.getString("savedTab"));
            assertEquals("Who said what? Direct quotes attributed to their speakers.", r.getString("savedQuestion"));
            assertFalse(r.getJsonArray("savedRows").isEmpty(), "no rows for statements.rq: " + r);
            assertTrue(r.getJsonArray("savedHeaders").toString().contains("speaker"), r.toString());
            assertTrue(r.getJsonArray("savedRows").toString().contains("We did not come here to discuss a ceasefire"),
                    r.toString());
            assertEquals("/explore/", r.getString("exploreLink"));
            assertEquals(200, r.getInt("exploreStatus"));
            assertEquals(0, r.getJsonArray("offsite").size(), "requests left the machine: " + r.getJsonArray("offsite"));
            assertEquals(0, r.getJsonArray("console").size(), "page errors (CSP violations among them): "
                    + r.getJsonArray("console"));
        }
    }
}
