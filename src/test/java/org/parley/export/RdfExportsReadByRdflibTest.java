package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every RDF export format is read back by an independent parser (Python's rdflib, Debian package
 * python3-rdflib) and gives the store's counts: quads for the quad formats, which keep the named
 * graphs, and distinct triples of the union for the triple formats.
 */
class RdfExportsReadByRdflibTest {
    private static Dataset store;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        store = ExportFixtures.store();
    }

    @ParameterizedTest
    @CsvSource({"turtle,turtle,triples", "ntriples,nt,triples", "rdfxml,xml,triples", "trig,trig,quads",
        "nquads,nquads,quads"})
    void rdflibReadsTheExportWithTheStoresCounts(String format, String rdflibFormat, String kind) throws Exception {
        assumeTrue(ExportFixtures.pythonHas("rdflib"), "python3-rdflib missing: apt-get install python3-rdflib");
        Exporter exporter = Exporters.byName(format).orElseThrow();
        Path out = dir.resolve("export." + format);
        Exporters.export(store, exporter, out);
        String script = kind.equals("quads")
                ? "import rdflib,sys\nd=rdflib.Dataset()\nd.parse(sys.argv[1],format=sys.argv[2])\n"
                  + "print(sum(len(g) for g in d.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID))"
                : "import rdflib,sys\ng=rdflib.Graph()\ng.parse(sys.argv[1],format=sys.argv[2])\nprint(len(g))";
        Process p = new ProcessBuilder(ExportFixtures.python(), "-c", script, out.toString(), rdflibFormat).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, format + ": " + stderr);
        long expected = kind.equals("quads")
                ? ExportFixtures.count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
                : ExportFixtures.count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                  + "GRAPH ?g { ?s ?p ?o } } }");
        assertEquals(expected, Long.parseLong(stdout), format);
    }
}
