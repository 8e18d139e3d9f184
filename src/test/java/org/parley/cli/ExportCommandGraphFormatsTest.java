package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

class ExportCommandGraphFormatsTest {

    @TempDir
    Path tmp;
    Path store;

    @BeforeEach
    void storeFromFixture() {
        store = tmp.resolve("store");
        Dataset fixture = DatasetFactory.create();
        RDFDataMgr.read(fixture, getClass().getClassLoader().getResource("fixtures/talks.trig").toString());
        try (ParleyStore s = ParleyStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> fixture.listNames().forEachRemaining(name ->
                    s.replaceGraph(NodeFactory.createURI(name), fixture.getNamedModel(name).getGraph())));
        }
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void graphmlFormatIsChosenByExtensionAndFullProjectionAddsEvidenceNodes() throws Exception {
        Path entities = tmp.resolve("entities.graphml");
        Path full = tmp.resolve("full.graphml");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "export", "--store", store.toString(), "--out", entities.toString()));
        assertEquals(0, run(new StringWriter(), new StringWriter(), "export", "--store", store.toString(), "--out", full.toString(),
                "--projection", "full"));
        String e = Files.readString(entities);
        String f = Files.readString(full);
        assertTrue(e.contains("<graphml") && e.contains("person/sergei-lavrov"), e);
        assertTrue(!e.contains("evidence/a1-e1") && f.contains("evidence/a1-e1"));
    }

    @Test
    void neo4jCsvNeedsAFolderAndWritesTheImportScript() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(Main.EXIT_USAGE, run(new StringWriter(), err, "export", "--store", store.toString(), "--format", "neo4j-csv"));
        assertTrue(err.toString().contains("writes a folder"), err.toString());
        Path dir = tmp.resolve("neo4j");
        assertEquals(0, run(new StringWriter(), new StringWriter(), "export", "--store", store.toString(), "--format", "neo4j-csv",
                "--out", dir.toString()));
        assertTrue(Files.readString(dir.resolve("import.sh")).contains("--nodes=nodes_Person.csv"));
        assertTrue(Files.readString(dir.resolve("nodes_Person.csv")).startsWith("\"id:ID\",\"name\",\":LABEL\""));
    }

    @Test
    void gexfGoesToStandardOutputWithoutOut() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "export", "--store", store.toString(), "--format", "gexf"));
        assertTrue(out.toString().contains("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2draft\">"), out.toString());
    }

    @Test
    void jsonldKeepsNamedGraphsAndUsesTheShortKeys() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "export", "--store", store.toString(), "--format", "jsonld"));
        String json = out.toString();
        assertTrue(json.contains("\"id\": \"https://w3id.org/parley/id/article/a1\""), json);
        assertTrue(json.contains("\"heldIn\": \"https://w3id.org/parley/id/place/antalya\""), json);
    }

    @Test
    void unknownProjectionIsAUsageErrorNamingTheChoices() {
        StringWriter err = new StringWriter();
        assertEquals(Main.EXIT_USAGE, run(new StringWriter(), err, "export", "--store", store.toString(), "--format", "graphml",
                "--projection", "everything"));
        assertTrue(err.toString().contains("entities or full"), err.toString());
    }
}
