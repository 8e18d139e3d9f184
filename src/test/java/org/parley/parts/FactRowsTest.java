package org.parley.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Problem;
import org.parley.store.StoreException;

/**
 * The facts table's rows from article graphs written by hand: one row per evidence node with its
 * triple, sentence, confidence and labels; parts read graph by graph, keeping only the graphs
 * asked for; a manifest's articles read from their first part.
 */
class FactRowsTest {
    private static final String A = "https://w3id.org/parley/id/article/a";
    private static final String B = "https://w3id.org/parley/id/article/b";
    private static final String PREFIXES = """
            @prefix parley: <https://w3id.org/parley/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/parley/id/> .
            """;
    /** Article a: a round's party (an IRI), its date (a literal) and a fact without a sentence. */
    private static final String GRAPH_A = """
            <https://w3id.org/parley/id/article/a> {
              <https://w3id.org/parley/id/article/a> a parley:Article ; parley:published "2022-03-01"^^xsd:date .
              id:round\\/r1 rdfs:label "First round of talks" ; parley:name "First round of talks" ;
                  parley:party id:country\\/ua ; parley:date "2022-02-28"^^xsd:date .
              id:country\\/ua parley:name "Ukraine" , "Ukr" .
              <https://w3id.org/parley/id/article/a#s4> a parley:Sentence ; parley:text "Talks began on Monday." ;
                  parley:sentenceIndex 4 .
              <https://w3id.org/parley/id/article/a#e10> a parley:Evidence ; rdf:subject id:round\\/r1 ;
                  rdf:predicate parley:date ; rdf:object "2022-02-28"^^xsd:date ;
                  parley:inArticle <https://w3id.org/parley/id/article/a> ;
                  parley:sentence <https://w3id.org/parley/id/article/a#s4> ; parley:confidence 0.9 ;
                  parley:mentionText "Monday" ; parley:start 120 ; parley:end 126 ; parley:extractor "RoundStage" .
              <https://w3id.org/parley/id/article/a#e2> a parley:Evidence ; rdf:subject id:round\\/r1 ;
                  rdf:predicate parley:party ; rdf:object id:country\\/ua ;
                  parley:inArticle <https://w3id.org/parley/id/article/a> ;
                  parley:sentence <https://w3id.org/parley/id/article/a#s4> ; parley:confidence 0.75 .
              <https://w3id.org/parley/id/article/a#e3> a parley:Evidence ; rdf:subject id:country\\/ua ;
                  rdf:predicate parley:name ; rdf:object "Ukr"@uk ; parley:confidence 1 .
              <https://w3id.org/parley/id/article/a#e4> a parley:Evidence ; rdf:subject id:country\\/ua .
            }
            """;
    private static final String GRAPH_B = """
            <https://w3id.org/parley/id/article/b> {
              <https://w3id.org/parley/id/article/b#e0> a parley:Evidence ; rdf:subject id:country\\/ua ;
                  rdf:predicate parley:name ; rdf:object "Ukraine" ;
                  parley:inArticle <https://w3id.org/parley/id/article/b> ; parley:confidence 0.8 .
            }
            """;

    @TempDir
    Path dir;

    private static Graph graph(String trig, String name) {
        return RDFParser.fromString(PREFIXES + trig, Lang.TRIG).toDatasetGraph()
                .getGraph(NodeFactory.createURI(name));
    }

    @Test
    void oneRowPerEvidenceNodeInEvidenceOrder() {
        List<Fact> rows = FactRows.of(NodeFactory.createURI(A), graph(GRAPH_A, A));
        assertEquals(List.of(A + "#e2", A + "#e3", A + "#e10"), rows.stream().map(Fact::evidence).toList(),
                "#e4 has no predicate nor object: left out");
        Fact party = rows.get(0);
        assertEquals("https://w3id.org/parley/id/round/r1", party.subject());
        assertEquals("First round of talks", party.subjectLabel());
        assertEquals("https://w3id.org/parley/ontology#party", party.predicate());
        assertEquals("https://w3id.org/parley/id/country/ua", party.object());
        assertEquals(Fact.IRI, party.objectKind());
        assertNull(party.objectDatatype());
        assertEquals("Ukraine", party.objectLabel(), "the longest name");
        assertEquals(0.75, party.confidence());
        assertEquals(LocalDate.of(2022, 3, 1), party.published());
        assertEquals(A, party.article());
        Fact date = rows.get(2);
        assertEquals("2022-02-28", date.object());
        assertEquals(Fact.LITERAL, date.objectKind());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", date.objectDatatype());
        assertNull(date.objectLang());
        assertNull(date.objectLabel());
        assertEquals(A + "#s4", date.sentence());
        assertEquals(4, date.sentenceIndex());
        assertEquals("Talks began on Monday.", date.sentenceText());
        assertEquals("Monday", date.mentionText());
        assertEquals(120, date.start());
        assertEquals(126, date.end());
        assertEquals(0.9, date.confidence());
        assertEquals("RoundStage", date.extractor());
    }

    @Test
    void missingValuesAreNull() {
        Fact name = FactRows.of(NodeFactory.createURI(A), graph(GRAPH_A, A)).get(1);
        assertEquals("Ukr", name.object());
        assertEquals("uk", name.objectLang());
        assertEquals("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", name.objectDatatype());
        assertEquals(A, name.article(), "no parley:inArticle: the graph's name");
        assertNull(name.sentence());
        assertNull(name.sentenceIndex());
        assertNull(name.sentenceText());
        assertNull(name.mentionText());
        assertNull(name.start());
        assertNull(name.extractor());
        assertEquals(1.0, name.confidence());
        assertNull(FactRows.label(GraphFactory.createDefaultGraph(), NodeFactory.createURI(A)));
    }

    @Test
    void aPartIsReadGraphByGraphKeepingTheGraphsAsked() throws IOException {
        Path part = nquads("part-00000.nq.gz", GRAPH_A + GRAPH_B);
        List<Fact> all = new ArrayList<>();
        try (PartFactReader r = PartFactReader.open(part, iri -> true)) {
            r.forEachRemaining(all::add);
            assertEquals(2, r.graphs());
        }
        assertEquals(List.of(A, A, A, B), all.stream().map(Fact::article).toList());
        List<Fact> onlyB = new ArrayList<>();
        PartFactReader.open(part, B::equals).forEachRemaining(onlyB::add);
        assertEquals(List.of(B + "#e0"), onlyB.stream().map(Fact::evidence).toList());
        try (PartFactReader r = PartFactReader.open(part, iri -> true)) {
            assertEquals(A + "#e2", r.next().evidence(), "closing early is fine");
        }
    }

    @Test
    void aBadPartIsReportedByName() throws IOException {
        Path torn = nquads("part-00001.nq.gz", GRAPH_A);
        byte[] bytes = Files.readAllBytes(torn);
        Files.write(torn, Arrays.copyOf(bytes, bytes.length / 2));
        Path split = dir.resolve("part-00002.nq");
        Files.writeString(split, "<x:a> <x:p> <x:b> <x:g1> .\n<x:a> <x:p> <x:b> <x:g2> .\n"
                + "<x:a> <x:p> <x:c> <x:g1> .\n");
        Path garbage = dir.resolve("part-00003.nq");
        Files.writeString(garbage, "<x:a> <x:p> .\n");
        for (Path p : List.of(torn, split, garbage)) {
            StoreException e = assertThrows(StoreException.class, () -> PartFactReader.open(p, iri -> true)
                    .forEachRemaining(f -> { }));
            assertTrue(e.getMessage().startsWith(p.toString()), e.getMessage());
        }
        assertThrows(StoreException.class, () -> PartFactReader.open(dir.resolve("none.nq.gz"), iri -> true));
    }

    @Test
    void anArticleInTwoPartsIsReadFromTheFirst() {
        PartManifest.Entry a = new PartManifest.Entry(A, "h1", "in/a.txt");
        PartManifest.Entry b = new PartManifest.Entry(B, "h2", "in/b.txt");
        PartManifest m = new PartManifest(List.of(
                new PartManifest.Part("part-00000.nq.gz", 10, List.of(a), List.of(), List.of()),
                new PartManifest.Part("part-00001.nq.gz", 10, List.of(a, b), List.of(),
                        List.of(new Problem("in/c.txt", "empty file"))),
                new PartManifest.Part("part-00002.nq.gz", 0, List.of(), List.of(), List.of())));
        assertEquals(Map.of("part-00000.nq.gz", Set.of(A), "part-00001.nq.gz", Set.of(B), "part-00002.nq.gz", Set.of()),
                m.articlesToRead());
    }

    private Path nquads(String name, String trig) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            RDFDataMgr.write(out, RDFParser.fromString(PREFIXES + trig, Lang.TRIG).toDatasetGraph(), Lang.NQUADS);
        }
        return file;
    }
}
