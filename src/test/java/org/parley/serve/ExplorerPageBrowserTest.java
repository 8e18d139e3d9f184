package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;
import org.parley.store.ParleyStore;

/**
 * Runs {@code parley serve} in a child JVM and drives the explorer page in Debian's chromium
 * (through playwright-core from the web build's node_modules, see {@code src/test/web/explorer-check.mjs}):
 * searches a person, opens him, checks his facts, the timeline and the map, opens the round, then
 * follows the link to the query page at {@code /} (driven by {@link QueryPageBrowserTest}); checks
 * that the explorer tells the saved queries' story (round dates as in {@code rounds.rq}, credits
 * apart from people, no overlapping map labels).
 * Screenshots go to {@code target/screenshots/}.
 * Skips when chromium, node, playwright-core or the bundle are missing.
 */
class ExplorerPageBrowserTest {

    private static final Path WEB = Path.of("src/main/web");
    private static final Path SCRIPT = Path.of("src/test/web/explorer-check.mjs");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path tmp;

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
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void assumeBrowser() {
        assumeTrue(chromium() != null, "chromium not installed: apt-get install chromium");
        assumeTrue(nodeWorks(), "node not installed");
        assumeTrue(Files.isDirectory(WEB.resolve("node_modules/playwright-core")),
                "playwright-core missing: the web build (npm ci in src/main/web) did not run");
        assumeTrue(Main.class.getResource(WebServlet.EXPLORE_RESOURCES + "index.html") != null,
                "explorer bundle missing: build without -Dskip.web");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A running {@code parley serve} child process, logging as the packaged command does. */
    record Serve(Process process, String base) implements AutoCloseable {
        static Serve start(Path log, String... args) throws Exception {
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Dlog4j2.configurationFile=" + packagedLogConfig(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "serve",
                    "--host", "127.0.0.1", "--port", String.valueOf(port)));
            cmd.addAll(List.of(args));
            Path queries = Files.isDirectory(Path.of("queries")) ? Path.of("queries") : Path.of("src/test/resources/fixtures/queries");
            cmd.addAll(List.of("--queries", queries.toString()));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Serve serve = new Serve(p, "http://127.0.0.1:" + port);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new AssertionError("parley serve exited: " + Files.readString(log));
                }
                try {
                    if (serve.ask("ASK {}") != null) {
                        return serve;
                    }
                } catch (IOException e) {
                    Thread.sleep(500);
                }
            }
            serve.close();
            throw new AssertionError("parley serve did not answer in time: " + Files.readString(log));
        }

        /** The log configuration of the packaged command (the tests' own is quieter and comes first on the classpath). */
        private static String packagedLogConfig() throws Exception {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("log4j2.xml")
                    .toString();
        }

        Boolean ask(String query) throws IOException, InterruptedException {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + ParleyServer.QUERY_ENDPOINT
                    + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? Json.createReader(new StringReader(r.body())).readObject().getBoolean("boolean") : null;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Runs the browser script against a server and returns what it saw. */
    static JsonObject drive(String base, Path shots, String search, String round) throws Exception {
        if (Files.isDirectory(shots)) {
            try (var old = Files.list(shots)) {
                for (Path f : old.filter(f -> f.toString().endsWith(".png")).toList()) {
                    Files.delete(f);
                }
            }
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("node", SCRIPT.toString(), base, shots.toString(), chromium(), search, round)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "browser script timed out");
        assertEquals(0, p.exitValue(), "browser script failed: " + out);
        System.out.printf("browser check took %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, out);
        return Json.createReader(new StringReader(out)).readObject();
    }

    private static void assertExplorerShowsLavrovAtAntalya(JsonObject r) {
        assertTrue(r.getString("selected").contains("Lavrov"), r.toString());
        assertTrue(r.getJsonArray("facts").toString().contains("Antalya"), "facts: " + r.getJsonArray("facts"));
        assertTrue(r.getJsonArray("timelineRelated").toString().contains("Antalya"), "timeline: " + r.getJsonArray("timelineRelated"));
        assertTrue(r.getJsonArray("mapRelated").toString().contains("Antalya"), "map: " + r.getJsonArray("mapRelated"));
        assertTrue(r.getJsonArray("evidence").size() > 0, "no evidence sentence shown: " + r);
        assertTrue(r.getJsonArray("roundFacts").toString().contains("held in"), "round facts: " + r.getJsonArray("roundFacts"));
        assertEquals(0, r.getJsonArray("explorerErrors").size(), "page errors: " + r.getJsonArray("explorerErrors"));
        assertEquals(0, r.getJsonArray("offsite").size(), "requests left the machine: " + r.getJsonArray("offsite"));
        assertEquals(200, r.getInt("editorStatus"));
    }

    /** The rows of a SELECT over the server's endpoint, each column's value as text ("" when unbound). */
    static List<Map<String, String>> select(String base, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(base + ParleyServer.QUERY_ENDPOINT).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution qs = rs.next();
                Map<String, String> row = new HashMap<>();
                for (String v : rs.getResultVars()) {
                    RDFNode n = qs.get(v);
                    row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * One story in every view: the explorer's round dates are those of rounds.rq, with the other dates
     * sources claim shown where they disagree; no credit is among the people, and credits stay out of
     * the graph; counts are in proper plurals; no two map labels overlap.
     *
     * @return whether the explorer lists exactly the rounds rounds.rq lists (rounds.rq needs preferred names)
     */
    private static boolean assertOneStory(String base, JsonObject r) throws IOException {
        Map<String, String> saved = new TreeMap<>();
        for (Map<String, String> row : select(base, Files.readString(Path.of("queries/rounds.rq")))) {
            saved.put(row.get("round"), row.get("date"));
        }
        Map<String, String> shown = new TreeMap<>();
        Set<String> conflicted = new HashSet<>();
        for (Map<String, String> row : select(base, "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?r WHERE {"
                + " ?r a parley:NegotiationRound ; parley:date ?d } GROUP BY ?r HAVING (COUNT(DISTINCT ?d) > 1)")) {
            conflicted.add(row.get("r"));
        }
        for (JsonObject round : r.getJsonArray("roundDates").getValuesAs(JsonObject.class)) {
            shown.put(round.getString("id"), round.getString("date"));
            assertEquals(conflicted.contains(round.getString("id")), round.getString("text").contains("sources also say"),
                    round.toString());
        }
        Map<String, String> shownOfSaved = new TreeMap<>(shown);
        shownOfSaved.keySet().retainAll(saved.keySet());
        assertEquals(saved, shownOfSaved, "explorer round dates against rounds.rq");
        boolean sameRounds = shown.keySet().equals(saved.keySet());
        String credited = "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?p WHERE { ?a parley:author|parley:photographer ?p }";
        Set<String> credits = new HashSet<>();
        select(base, credited).forEach(row -> credits.add(row.get("p")));
        for (String person : r.getJsonArray("people").getValuesAs(jakarta.json.JsonString::getString)) {
            assertFalse(credits.contains(person), person + " is a credit, listed among the people");
        }
        assertEquals(credits, new HashSet<>(r.getJsonArray("credits").getValuesAs(jakarta.json.JsonString::getString)));
        assertEquals(0, r.getInt("graphCredits"), "credits are drawn in the graph");
        assertFalse(r.getString("summary").matches(".*\\b(citys|countrys|persons|negotiationrounds)\\b.*"), r.getString("summary"));
        assertEquals(0, r.getJsonArray("mapLabelOverlaps").size(), "overlapping map labels: " + r.getJsonArray("mapLabelOverlaps"));
        return sameRounds;
    }

    @Test
    void onAFixtureStoreSearchingLavrovShowsTheAntalyaTalksInFactsTimelineAndMap() throws Exception {
        assumeBrowser();
        Path dir = tmp.resolve("store");
        Dataset fixture = DatasetFactory.create();
        RDFDataMgr.read(fixture, getClass().getClassLoader().getResource("fixtures/talks.trig").toString());
        try (ParleyStore store = ParleyStore.open(dir)) {
            Txn.executeWrite(store.dataset(), () -> {
                store.loadOntology();
                fixture.listNames().forEachRemaining(name -> store.replaceGraph(
                        NodeFactory.createURI(name), fixture.getNamedModel(name).getGraph()));
            });
        }
        try (Serve serve = Serve.start(tmp.resolve("serve.log"), "--store", dir.toString())) {
            JsonObject r = drive(serve.base(), Path.of("target/screenshots/fixture"), "Lavrov", "Antalya");
            assertExplorerShowsLavrovAtAntalya(r);
            assertEquals("Sergei Lavrov", r.getString("selected"));
            assertTrue(r.getJsonArray("evidence").toString().contains("Sergei Lavrov met his Ukrainian counterpart"), r.toString());
            assertTrue(r.getJsonArray("articleLinks").toString().contains("https://news.example.org/a1"), r.toString());
            assertTrue(r.getJsonArray("roundFacts").toString().contains("held in Antalya"), r.toString());
            assertOneStory(serve.base(), r);
        }
    }

    @Test
    void onTheBuiltSeedsSearchingLavrovShowsTheAntalyaTalksInFactsTimelineAndMap() throws Exception {
        assumeBrowser();
        assumeTrue(Files.isDirectory(Path.of("seeds")), "no seeds/ folder");
        try (Serve serve = Serve.start(tmp.resolve("serve.log"), "--store", tmp.resolve("store").toString(),
                "--build", "seeds")) {
            assumeTrue(Boolean.TRUE.equals(serve.ask("PREFIX parley: <https://w3id.org/parley/ontology#> "
                    + "ASK { ?r a parley:NegotiationRound ; parley:heldIn ?p . ?p (parley:preferredName|parley:name|<http://www.w3.org/2000/01/rdf-schema#label>) ?n FILTER(CONTAINS(?n, \"Antalya\")) }")),
                    "the build does not extract negotiation rounds from the seeds yet");
            JsonObject r = drive(serve.base(), Path.of("target/screenshots/seeds"), "Lavrov", "Antalya");
            assertExplorerShowsLavrovAtAntalya(r);
            assertTrue(assertOneStory(serve.base(), r), "the explorer lists other rounds than rounds.rq");
            assertTrue(r.getString("summary").contains("cities"), r.getString("summary"));
            assertTrue(r.getJsonArray("roundDates").toString().contains("2022-02-28 (sources also say 2022-02-27)"),
                    r.getJsonArray("roundDates").toString());
        }
    }
}
