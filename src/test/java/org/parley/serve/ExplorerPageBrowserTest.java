package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/**
 * Loads the explorer page in Debian's chromium (driven by playwright-core from the web build's
 * node_modules), searches a person, opens him and checks his facts, the timeline and the map.
 * Skips when chromium, node, playwright-core or the bundle are missing.
 */
class ExplorerPageBrowserTest {

    private static final Path WEB = Path.of("src/main/web");
    private static final Path SCRIPT = Path.of("src/test/web/explorer-check.mjs");

    static String chromium() {
        for (String c : List.of(System.getenv().getOrDefault("CHROMIUM", ""), "/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (!c.isEmpty() && Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static void assumeBrowser() {
        assumeTrue(chromium() != null, "chromium not installed: apt-get install chromium");
        assumeTrue(nodeWorks(), "node not installed");
        assumeTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "playwright-core missing: the web build (npm ci in src/main/web) did not run");
        assumeTrue(ClasspathWebServlet.explorerBundled(), "explorer bundle missing: build without -Dskip.web");
    }

    /** Runs the browser script against a server and returns what it saw. */
    static JsonObject drive(String base, Path shots, String search, String round) throws Exception {
        Process p = new ProcessBuilder("node", SCRIPT.toString(), base, shots.toString(), chromium(), search, round)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "browser script timed out");
        assertEquals(0, p.exitValue(), "browser script failed: " + out);
        return Json.createReader(new StringReader(out)).readObject();
    }

    static String joined(JsonArray a) {
        return a.toString();
    }

    @Test
    void searchingLavrovShowsTheAntalyaTalksInFactsTimelineAndMap() throws Exception {
        assumeBrowser();
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds,
                ExplorerPageBrowserTest.class.getClassLoader().getResource("fixtures/talks.trig").toString()));
        FusekiServer server = ClasspathWebServlet.addExplorer(FusekiServer.create().port(0).loopback(true)
                .add("/parley", ds)).build().start();
        try {
            long t0 = System.nanoTime();
            JsonObject r = drive("http://127.0.0.1:" + server.getHttpPort(), Path.of("target/screenshots/fixture"),
                    "Lavrov", "Antalya talks");
            System.out.printf("browser check took %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, r);
            assertEquals("Sergei Lavrov", r.getString("selected"));
            assertTrue(joined(r.getJsonArray("facts")).contains("Antalya talks participant"), r.toString());
            assertTrue(joined(r.getJsonArray("evidence")).contains("Sergei Lavrov met his Ukrainian counterpart"), r.toString());
            assertTrue(joined(r.getJsonArray("articleLinks")).contains("https://news.example.org/a1"), r.toString());
            assertTrue(joined(r.getJsonArray("timelineRelated")).contains("Antalya talks"), r.toString());
            assertTrue(joined(r.getJsonArray("mapRelated")).contains("Antalya"), r.toString());
            assertTrue(joined(r.getJsonArray("roundFacts")).contains("held in Antalya"), r.toString());
            assertEquals(0, r.getJsonArray("offsite").size(), "requests left the machine: " + r.getJsonArray("offsite"));
            assertEquals(0, r.getJsonArray("explorerErrors").size(), "page errors: " + r.getJsonArray("explorerErrors"));
        } finally {
            server.stop();
            ds.close();
        }
    }
}
