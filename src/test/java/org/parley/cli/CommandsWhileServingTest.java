package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.query.SavedQueries;
import org.parley.serve.ParleyServer;
import org.parley.store.ParleyStore;

/**
 * {@code query} and {@code export} while a server serves the store: they read through the endpoint
 * the server recorded beside the store, {@code export --endpoint} writes every format, and a
 * store locked with no live server recorded gets a message with the exact command to run.
 */
class CommandsWhileServingTest {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    Path tmp;

    private Path fixtureStore() {
        Path dir = tmp.resolve("store");
        Dataset fixture = DatasetFactory.create();
        RDFDataMgr.read(fixture, getClass().getClassLoader().getResource("fixtures/talks.trig").toString());
        try (ParleyStore s = ParleyStore.open(dir)) {
            Txn.executeWrite(s.dataset(), () -> {
                s.loadOntology();
                fixture.listNames().forEachRemaining(name -> s.replaceGraph(NodeFactory.createURI(name),
                        fixture.getNamedModel(name).getGraph()));
            });
        }
        return dir;
    }

    /** A server in this JVM on the store, recorded beside it as {@code parley serve} records itself. */
    private record Served(ParleyStore store, FusekiServer server, String endpoint) implements AutoCloseable {
        static Served start(Path dir) throws IOException {
            ParleyStore store = ParleyStore.open(dir);
            FusekiServer server = ParleyServer.start(store.dataset(), new ParleyServer.Options("127.0.0.1", 0, false,
                    Duration.ofSeconds(30), SavedQueries.load(QUERIES)).withCache(0));
            String endpoint = "http://127.0.0.1:" + server.getPort() + ParleyServer.QUERY_ENDPOINT;
            EndpointFile.write(dir, endpoint);
            return new Served(store, server, endpoint);
        }

        @Override
        public void close() {
            server.stop();
            store.close();
        }
    }

    @Test
    void queryGoesToTheRecordedEndpointAndShowsPlainValues() throws Exception {
        Path dir = fixtureStore();
        try (Served served = Served.start(dir)) {
            CliTest.Run r = CliTest.run("query", "people", "--store", dir.toString(), "--queries", QUERIES.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("served by 'parley serve' at " + served.endpoint()), r.err());
            assertTrue(r.out().contains("| Sergei Lavrov "), r.out());
            assertFalse(r.out().contains("\"Sergei Lavrov\""), r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml", "graphml", "gexf", "neo4j-csv"})
    void exportWritesEveryFormatFromTheEndpoint(String format) throws Exception {
        Path dir = fixtureStore();
        try (Served served = Served.start(dir)) {
            Path explicit = tmp.resolve("explicit-" + format);
            Path recorded = tmp.resolve("recorded-" + format);
            CliTest.Run a = CliTest.run("export", "--endpoint", served.endpoint(), "--format", format, "--out", explicit.toString());
            CliTest.Run b = CliTest.run("export", "--store", dir.toString(), "--format", format, "--out", recorded.toString());
            assertEquals(0, a.code(), a.err());
            assertEquals(0, b.code(), b.err());
            assertTrue(b.err().contains("reading it there"), b.err());
            String text = read(explicit);
            assertTrue(text.contains("sergei-lavrov"), format + ": " + text);
            assertEquals(text, read(recorded), format);
        }
    }

    private static String read(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Files.readString(out);
        }
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                sb.append(f.getFileName()).append('\n').append(Files.readString(f));
            }
        }
        return sb.toString();
    }

    @Test
    void exportHelpListsTheFormatsAndGexfVersionIsChosen() throws Exception {
        CliTest.Run help = CliTest.run("export", "--help");
        for (String f : List.of("turtle", "trig", "jsonld", "graphml", "gexf", "neo4j-csv", "1.2draft")) {
            assertTrue(help.out().contains(f), help.out());
        }
        assertFalse(help.out().contains("see --help"), help.out());
        Path dir = fixtureStore();
        Path out = tmp.resolve("g.gexf");
        assertEquals(0, CliTest.run("export", "--store", dir.toString(), "--out", out.toString(), "--gexf-version", "1.3").code());
        assertTrue(Files.readString(out).contains("version=\"1.3\""));
        assertEquals(Main.EXIT_USAGE, CliTest.run("export", "--store", dir.toString(), "--format", "turtle",
                "--gexf-version", "1.3").code());
    }

    @Test
    void aServeProcessRecordsItsEndpointAndALockedStoreNamesTheCommandToRun() throws Exception {
        Path dir = fixtureStore();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store", dir.toString(),
                "--port", String.valueOf(port), "--queries", QUERIES.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("serve.log").toFile()).start();
        Path file = EndpointFile.of(dir);
        String endpoint = "http://127.0.0.1:" + port + ParleyServer.QUERY_ENDPOINT;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!(Files.exists(file) && EndpointFile.answers(endpoint)) && System.nanoTime() < deadline && serve.isAlive()) {
                Thread.sleep(200);
            }
            assertEquals(endpoint, Files.readString(file).strip(), Files.readString(tmp.resolve("serve.log")));
            CliTest.Run q = CliTest.run("query", "people", "--store", dir.toString(), "--queries", QUERIES.toString());
            assertEquals(0, q.code(), q.err());
            assertTrue(q.out().contains("Sergei Lavrov"), q.out());
            Files.delete(file);
            CliTest.Run locked = CliTest.run("query", "people", "--store", dir.toString());
            assertEquals(1, locked.code());
            assertTrue(locked.err().contains("If a server holds it, run: parley query people --endpoint "
                    + EndpointFile.DEFAULT_ENDPOINT), locked.err());
            EndpointFile.write(dir, endpoint);
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(Files.exists(file), "the server removes its record when it stops");
    }
}
