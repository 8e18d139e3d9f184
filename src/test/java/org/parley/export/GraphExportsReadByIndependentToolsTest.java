package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each export is parsed by a reader that shares no code with Parley (NetworkX for GraphML and GEXF,
 * Python's csv module for the Neo4j folder, rdflib for JSON-LD) and its counts are compared with
 * SPARQL counts over the store.
 */
class GraphExportsReadByIndependentToolsTest {

    private static final String ANTALYA = "https://w3id.org/parley/id/place/antalya";
    private static Dataset store;
    private static Path script;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp(@TempDir Path tmp) throws Exception {
        store = ExportFixtures.store();
        script = tmp.resolve("read_export.py");
        try (var in = GraphExportsReadByIndependentToolsTest.class.getResourceAsStream("read_export.py")) {
            Files.copy(in, script);
        }
    }

    private static long expectedNodes(Projection p) {
        return ExportFixtures.count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { "
                + ExportFixtures.classValues(p, "c") + " GRAPH ?g { ?s a ?c } FILTER(isIRI(?s)) }");
    }

    private static long expectedEdges(Projection p) {
        return ExportFixtures.count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { "
                + "GRAPH ?g { ?s ?p ?o } FILTER(?p != rdf:type && isIRI(?o) && isIRI(?s)) "
                + "FILTER EXISTS { " + ExportFixtures.classValues(p, "c1") + " GRAPH ?g1 { ?s a ?c1 } } "
                + "FILTER EXISTS { " + ExportFixtures.classValues(p, "c2") + " GRAPH ?g2 { ?o a ?c2 } } } }");
    }

    private static JsonObject read(String format, Path export) throws Exception {
        return Json.createReader(new StringReader(
                ExportFixtures.readWithPython(script, format, export, ANTALYA))).readObject();
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void graphMlIsReadByNetworkxWithTheStoresNodeAndEdgeCounts(Projection p) throws Exception {
        assumeTrue(ExportFixtures.pythonHas("networkx"), "python3-networkx missing: apt-get install python3-networkx");
        Path out = dir.resolve("g.graphml");
        new GraphMlExporter().write(store, p, out);
        JsonObject r = read("graphml", out);
        assertEquals(expectedNodes(p), r.getInt("nodes"));
        assertEquals(expectedEdges(p), r.getInt("edges"));
        JsonObject antalya = r.getJsonObject("probe");
        assertEquals("City", antalya.getString("type"));
        assertEquals("Antalya", antalya.getString("label"));
        assertEquals(36.90812, antalya.getJsonNumber("lat").doubleValue(), 1e-9);
        assertEquals(758188, antalya.getJsonNumber("population").longValue());
        assertTrue(r.getJsonArray("edge_labels").toString().contains("\"held in\""), r.toString());
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void gexfIsReadByNetworkxWithTheStoresNodeAndEdgeCounts(Projection p) throws Exception {
        assumeTrue(ExportFixtures.pythonHas("networkx"), "python3-networkx missing: apt-get install python3-networkx");
        Path out = dir.resolve("g.gexf");
        new GexfExporter().write(store, p, out);
        JsonObject r = read("gexf", out);
        assertEquals(expectedNodes(p), r.getInt("nodes"));
        assertEquals(expectedEdges(p), r.getInt("edges"));
        JsonObject antalya = r.getJsonObject("probe");
        assertEquals("City", antalya.getString("type"));
        assertEquals("Antalya", antalya.getString("label"));
        assertEquals(30.69556, antalya.getJsonNumber("long").doubleValue(), 1e-9);
        assertTrue(r.getJsonArray("edge_labels").toString().contains("\"headed by\""), r.toString());
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void neo4jFolderHasImportHeadersAndTheStoresCounts(Projection p) throws Exception {
        assumeTrue(ExportFixtures.pythonHas("csv"), "python3 missing");
        Path out = dir.resolve("neo4j");
        new Neo4jCsvExporter().write(store, p, out);
        JsonObject r = read("neo4j-csv", out);
        assertEquals(expectedNodes(p), r.getInt("nodes"));
        assertEquals(expectedEdges(p), r.getInt("edges"));
        JsonObject headers = r.getJsonObject("headers");
        assertEquals("[\"id:ID\",\"name\",\":LABEL\",\"names:string[]\",\"lat:double\",\"long:double\",\"population:long\"]",
                headers.getJsonArray("nodes_City.csv").toString());
        assertEquals("[\":START_ID\",\":END_ID\",\":TYPE\",\"label\",\"predicate\"]",
                headers.getJsonArray("rels_HELD_IN.csv").toString());
        assertEquals("City;Place", r.getJsonObject("probe").getString(":LABEL"));
        String script = r.getString("import");
        for (String file : headers.keySet()) {
            assertTrue(script.contains((file.startsWith("nodes_") ? "--nodes=" : "--relationships=") + file), script);
        }
    }

    @ParameterizedTest
    @EnumSource(Projection.class)
    void jsonLdIsReadByRdflibWithTheStoresTripleCount(Projection p) throws Exception {
        assumeTrue(ExportFixtures.pythonHas("rdflib"), "python3-rdflib missing: apt-get install python3-rdflib");
        Path out = dir.resolve("g.jsonld");
        new JsonLdExporter().write(store, p, out);
        JsonObject r = read("jsonld", out);
        String distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } ";
        long expected = p == Projection.FULL
                ? ExportFixtures.count(store, distinct + "} }")
                : ExportFixtures.count(store, distinct + "FILTER EXISTS { " + ExportFixtures.classValues(p, "c")
                        + " GRAPH ?g1 { ?s a ?c } } } }");
        assertEquals(expected, r.getInt("triples"));
        Set<String> keys = new TreeSet<>();
        r.getJsonArray("keys").forEach(k -> keys.add(k.toString().replace("\"", "")));
        assertTrue(keys.containsAll(Set.of("name", "role", "party", "heldIn", "date")), keys.toString());
        String raw = r.getString("raw");
        assertTrue(raw.contains("\"heldIn\": \"https://w3id.org/parley/id/place/antalya\""), raw);
        assertTrue(raw.contains("\"date\": \"2022-03-10\""), raw);
    }

    @Test
    void jsonLdThroughTheExportRegistryKeepsEveryNamedGraph() throws Exception {
        assumeTrue(ExportFixtures.pythonHas("rdflib"), "python3-rdflib missing: apt-get install python3-rdflib");
        Path out = dir.resolve("dataset.jsonld");
        Exporters.export(store, Exporters.byName("jsonld").orElseThrow(), out);
        JsonObject r = read("jsonld", out);
        assertEquals(ExportFixtures.count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"), r.getInt("quads"));
        assertEquals(ExportFixtures.count(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                r.getInt("graphs"));
    }

    @Test
    void exportsAreByteIdenticalAcrossRuns() throws Exception {
        for (GraphExporter e : GraphExporters.all()) {
            Path a = dir.resolve("a-" + e.formatName());
            Path b = dir.resolve("b-" + e.formatName());
            e.write(store, Projection.FULL, a);
            e.write(store, Projection.FULL, b);
            if (Files.isDirectory(a)) {
                try (var files = Files.list(a)) {
                    for (Path f : files.toList()) {
                        assertEquals(Files.readString(f), Files.readString(b.resolve(f.getFileName())), f.toString());
                    }
                }
            } else {
                assertEquals(Files.readString(a), Files.readString(b), e.formatName());
            }
        }
    }
}
