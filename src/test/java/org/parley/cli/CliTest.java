package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

/** The parley command line: exit codes (0 ok, 1 bad input or data, 2 usage) and messages. */
class CliTest {
    @TempDir
    Path dir;
    Path articles;
    Path store;
    Path queries;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void fixtures() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("talks-geneva.txt"),
                "Negotiators met in Geneva on Monday. They will meet again next week.");
        Files.writeString(articles.resolve("talks-doha.txt"), "A delegation arrived in Doha. Talks began at noon.");
        Files.writeString(articles.resolve("metadata.csv"), "file,published,publisher\n"
                + "talks-geneva.txt,2022-03-07,Fixture Times\ntalks-doha.txt,2022-03-08,Fixture Post\n");
        store = dir.resolve("store");
        queries = Path.of(CliTest.class.getResource("/fixtures/queries").toURI());
    }

    private Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", articles.toString(), "--store", store.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void buildPrintsASummaryAndExitsZero() {
        Run r = build();
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("articles: 2 built, 0 skipped (unchanged), 0 failed"), r.out());
        assertTrue(r.out().contains("entities: Article=2"), r.out());
        assertTrue(r.out().matches("(?s).*triples:  \\d+.*"), r.out());
        assertEquals("", r.err());
        Run again = build();
        assertEquals(0, again.code());
        assertTrue(again.out().contains("0 built, 2 skipped"), again.out());
    }

    @Test
    void badInputIsReportedOnceNamingTheFileAndTheRestIsBuilt() throws IOException {
        Path bad = articles.resolve("broken.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', (byte) 0xFF, (byte) 0xFE});
        Run r = build();
        assertEquals(1, r.code());
        assertEquals("parley: " + bad + " [line 2]: not valid UTF-8 (byte offset 3)" + System.lineSeparator(), r.err());
        assertTrue(r.out().contains("2 built, 0 skipped (unchanged), 1 failed"), r.out());
        assertTrue(r.out().contains("problems: 1 (see above)"), r.out());
    }

    @Test
    void badMetadataRowIsAProblemButNotAFailedArticle() throws IOException {
        Files.writeString(articles.resolve("metadata.csv"), "file,published\ntalks-geneva.txt,07/03/2022\n");
        Run r = build();
        assertEquals(1, r.code());
        assertEquals("parley: " + articles.resolve("metadata.csv") + " [line 2]: 'published' is not a date"
                + " (expected YYYY-MM-DD): \"07/03/2022\"" + System.lineSeparator(), r.err());
        assertTrue(r.out().contains("2 built, 0 skipped (unchanged), 0 failed"), r.out());
    }

    @Test
    void missingInputFolderExitsOne() {
        Run r = run("build", dir.resolve("nope").toString(), "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(dir.resolve("nope") + ": no such file or folder"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("query", "--store", store.toString()).code());
        assertEquals(2, run("export", "--store", store.toString()).code());
        assertEquals(2, run("export", "--store", store.toString(), "--format", "pdf").code());
        assertEquals(2, run("query", "x", "--store", store.toString(), "--endpoint", "http://127.0.0.1:1/x").code());
        assertEquals(2, run("build", "--out", dir.resolve("x.unknown").toString()).code());
        Run r = run("query", "x", "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void storeErrorsPrintOneMessageAndTheStackTraceOnlyWithVerbose() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        String notWritable = file.resolve("store").toString();
        Run quiet = run("build", articles.toString(), "--store", notWritable);
        assertEquals(1, quiet.code());
        assertTrue(quiet.err().startsWith("parley: store directory " + notWritable + " is not writable"), quiet.err());
        assertEquals(1, quiet.err().lines().count(), quiet.err());
        Run verbose = run("build", articles.toString(), "--store", notWritable, "-v");
        assertEquals(1, verbose.code());
        assertTrue(verbose.err().contains("\tat org.parley.store.ParleyStore.open"), verbose.err());
    }

    @Test
    void storeLockedByAnotherProcessExitsOne() throws Exception {
        assertEquals(0, build().code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = in.readLine();
            assertTrue(line != null && line.startsWith("locked"), "helper said: " + line);
            Run r = build();
            assertEquals(1, r.code());
            assertEquals("parley: store " + store + " is locked by another process (is 'parley serve' or another build"
                    + " using it? stop it, or use --store to pick another directory)" + System.lineSeparator(), r.err());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void queryListShowsNamesAndQuestions() {
        Run r = run("query", "--list", "--queries", queries.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).matches("articles-by-date\\s+Which articles were read, newest first\\?"), lines.get(0));
        assertTrue(lines.get(1).startsWith("sentence-count"));
    }

    @Test
    void savedQueryRunsInEveryFormat() {
        assertEquals(0, build().code());
        String[] base = {"query", "articles-by-date", "--queries", queries.toString(), "--store", store.toString()};
        Run csv = run(concat(base, "--format", "csv"));
        assertEquals(0, csv.code(), csv.err());
        assertEquals("article,published\r\nhttps://w3id.org/parley/id/article/talks-doha,2022-03-08\r\n"
                + "https://w3id.org/parley/id/article/talks-geneva,2022-03-07\r\n", csv.out());
        Run tsv = run(concat(base, "--format", "tsv"));
        assertTrue(tsv.out().startsWith("?article\t?published\n"), tsv.out());
        Run json = run(concat(base, "--format", "JSON"));
        assertTrue(json.out().contains("\"vars\""), json.out());
        Run table = run(base);
        assertTrue(table.out().contains("| article"), table.out());
        assertTrue(table.out().contains("talks-geneva"), table.out());
    }

    @Test
    void queryFileAndErrors() throws IOException {
        assertEquals(0, build().code());
        Path file = Files.writeString(dir.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }");
        Run ok = run("query", file.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().startsWith("n\r\n"));
        Path broken = Files.writeString(dir.resolve("broken.rq"), "# A question\nSELECT ?x WHERE {\n  ?x ?y\n}");
        Run bad = run("query", broken.toString(), "--store", store.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().startsWith("parley: " + broken + " [line 4]: not valid SPARQL"), bad.err());
        Run unknown = run("query", "no-such-query", "--queries", queries.toString(), "--store", store.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no saved query 'no-such-query'"), unknown.err());
        Run noStore = run("query", file.toString(), "--store", dir.resolve("absent").toString());
        assertEquals(1, noStore.code());
        assertTrue(noStore.err().contains("no store at"), noStore.err());
    }

    @Test
    void queryAgainstARunningEndpoint() {
        assertEquals(0, build().code());
        try (ParleyStore s = ParleyStore.open(store)) {
            FusekiServer server = ParleyServer.start(s.dataset(), new ParleyServer.Options("127.0.0.1", 0, false,
                    Duration.ofSeconds(30), SavedQueries.none()));
            try {
                String endpoint = "http://127.0.0.1:" + server.getPort() + ParleyServer.QUERY_ENDPOINT;
                Run r = run("query", "sentence-count", "--queries", queries.toString(), "--endpoint", endpoint,
                        "--format", "csv");
                assertEquals(0, r.code(), r.err());
                assertTrue(r.out().matches("article,sentences\r\nhttps://w3id.org/parley/id/article/talks-doha,[1-9]\\d*\r\n"
                        + "https://w3id.org/parley/id/article/talks-geneva,[1-9]\\d*\r\n"), r.out());
                Run missing = run("query", "sentence-count", "--queries", queries.toString(), "--endpoint",
                        endpoint.replace("/sparql", "/nothing"));
                assertEquals(1, missing.code());
                assertTrue(missing.err().startsWith("parley: endpoint "), missing.err());
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void exportKeepsNamedGraphsInQuadFormatsAndWritesTheUnionInTripleFormats() throws IOException {
        assertEquals(0, build().code());
        Run trig = run("export", "--store", store.toString(), "--format", "trig");
        assertEquals(0, trig.code(), trig.err());
        Dataset quads = DatasetFactory.create();
        RDFParser.fromString(trig.out(), Lang.TRIG).parse(quads);
        assertTrue(quads.containsNamedModel("https://w3id.org/parley/id/article/talks-geneva"));
        Path nt = dir.resolve("out/union.nt");
        Run triples = run("export", "--store", store.toString(), "--out", nt.toString());
        assertEquals(0, triples.code(), triples.err());
        String text = Files.readString(nt);
        assertTrue(text.contains("<https://w3id.org/parley/id/article/talks-doha> "
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/parley/ontology#Article> ."));
        for (String format : List.of("turtle", "nquads", "jsonld", "rdfxml")) {
            Run r = run("export", "--store", store.toString(), "--format", format);
            assertEquals(0, r.code(), format + ": " + r.err());
            assertFalse(r.out().isBlank(), format);
        }
    }

    @Test
    void buildOutWritesTheDatasetByExtension() throws IOException {
        Path out = dir.resolve("all.nq");
        Run r = build("--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(out).lang(Lang.NQUADS).parse(ds);
        assertTrue(ds.containsNamedModel("https://w3id.org/parley/id/article/talks-doha"));
    }

    @Test
    void validateExitsZeroWhenConformingAndOneWithViolations() {
        assertEquals(0, build().code());
        Run ok = run("validate", "--store", store.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("conforms"));
        try (ParleyStore s = ParleyStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> UpdateExecution.dataset(s.dataset()).update(
                    "PREFIX parley: <https://w3id.org/parley/ontology#> INSERT DATA { GRAPH <urn:x:bad> {"
                            + " <urn:x:s> a parley:Sentence ; parley:inArticle <urn:x:nowhere> } }").execute());
        }
        Run bad = run("validate", "--store", store.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("Violation: <urn:x:s> parley:text: a sentence needs exactly one non-empty parley:text"),
                bad.out());
        assertTrue(bad.out().contains("5 violation(s)"), bad.out());
    }

    @Test
    void serveOnAPortInUseExitsOne() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--store", store.toString(), "--build", articles.toString(), "--port",
                    Integer.toString(taken.getLocalPort()), "--queries", queries.toString());
            assertEquals(1, r.code());
            assertTrue(r.err().contains("port already in use"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }
}
