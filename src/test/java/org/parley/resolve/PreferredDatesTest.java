package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

class PreferredDatesTest {
    private static final Node ENTITIES = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
    private static int evidence;

    private static Node uri(String s) {
        return NodeFactory.createURI("https://example.org/" + s);
    }

    /** Adds a date claim for a round with its evidence node, as an article graph holds it. */
    private static void claim(Dataset ds, String graph, String round, String date, String confidence) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node g = uri(graph);
        Node r = uri(round);
        Node d = NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate);
        Node e = uri(graph + "#e" + evidence++);
        dsg.add(Quad.create(g, r, Parley.DATE.asNode(), d));
        dsg.add(Quad.create(g, e, RDF.subject.asNode(), r));
        dsg.add(Quad.create(g, e, RDF.predicate.asNode(), Parley.DATE.asNode()));
        dsg.add(Quad.create(g, e, RDF.object.asNode(), d));
        dsg.add(Quad.create(g, e, Parley.CONFIDENCE.asNode(),
                NodeFactory.createLiteralDT(confidence, XSDDatatype.XSDdecimal)));
    }

    private static Map<String, String> preferred(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        ds.asDatasetGraph().find(ENTITIES, Node.ANY, Parley.PREFERRED_DATE.asNode(), Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        return out;
    }

    /** The best-supported date as rounds.rq computed it in SPARQL before it was derived at build time. */
    private static Map<String, String> bySparql(Dataset ds) {
        String q = """
                PREFIX parley: <https://w3id.org/parley/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?round (MIN(?d) AS ?date) WHERE {
                  { SELECT ?round ?d (SUM(?c) AS ?support) WHERE {
                      GRAPH ?g { ?e rdf:subject ?round ; rdf:predicate parley:date ; rdf:object ?d ; parley:confidence ?c }
                    } GROUP BY ?round ?d }
                  { SELECT ?round (MAX(?s) AS ?top) WHERE {
                      { SELECT ?round ?d2 (SUM(?c2) AS ?s) WHERE {
                          GRAPH ?g2 { ?e2 rdf:subject ?round ; rdf:predicate parley:date ; rdf:object ?d2 ; parley:confidence ?c2 }
                        } GROUP BY ?round ?d2 }
                    } GROUP BY ?round }
                  FILTER(?support = ?top)
                } GROUP BY ?round""";
        Map<String, String> out = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            qe.execSelect().forEachRemaining(s -> out.put(s.getResource("round").getURI(),
                    s.getLiteral("date").getLexicalForm()));
        }
        return out;
    }

    private static void corpus(Dataset ds) {
        claim(ds, "a1", "r1", "2024-03-05", "0.9");
        claim(ds, "a2", "r1", "2024-03-06", "0.6");
        claim(ds, "a3", "r1", "2024-03-06", "0.6");
        claim(ds, "a1", "r2", "2024-05-02", "0.8");
        claim(ds, "a2", "r2", "2024-05-01", "0.8");
        claim(ds, "a3", "r3", "2023-11-20", "0.7");
    }

    @Test
    void theDateWithTheHighestSummedConfidenceWinsThenTheEarliest() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            corpus(ds);
            PreferredDates.refresh(ds);
            assertEquals(Map.of("https://example.org/r1", "2024-03-06", "https://example.org/r2", "2024-05-01",
                    "https://example.org/r3", "2023-11-20"), preferred(ds));
            assertEquals(bySparql(ds), preferred(ds), "same as the SPARQL the saved queries used to run");
        });
    }

    @Test
    void recomputingTheRoundsOfTheChangedGraphsEqualsAFullRecompute() {
        Dataset incremental = DatasetFactory.createTxnMem();
        Dataset full = DatasetFactory.createTxnMem();
        for (Dataset ds : List.of(incremental, full)) {
            Txn.executeWrite(ds, () -> {
                corpus(ds);
                PreferredDates.refresh(ds);
            });
        }
        Txn.executeWrite(incremental, () -> {
            Set<Node> rounds = new java.util.HashSet<>();
            PreferredDates.roundsIn(incremental.asDatasetGraph(), uri("a1"), rounds);
            incremental.asDatasetGraph().deleteAny(uri("a1"), Node.ANY, Node.ANY, Node.ANY);
            claim(incremental, "a1", "r3", "2023-11-21", "0.95");
            PreferredDates.roundsIn(incremental.asDatasetGraph(), uri("a1"), rounds);
            assertEquals(Set.of(uri("r1"), uri("r2"), uri("r3")), rounds);
            PreferredDates.refresh(incremental, rounds);
        });
        Txn.executeWrite(full, () -> {
            full.asDatasetGraph().deleteAny(uri("a1"), Node.ANY, Node.ANY, Node.ANY);
            claim(full, "a1", "r3", "2023-11-21", "0.95");
            PreferredDates.refresh(full);
        });
        Txn.executeRead(incremental, () -> Txn.executeRead(full, () -> {
            assertEquals(preferred(full), preferred(incremental));
            assertEquals("2023-11-21", preferred(incremental).get("https://example.org/r3"));
            assertEquals(bySparql(incremental), preferred(incremental));
        }));
    }

    @Test
    void aStoreWithDateEvidenceButNoPreferredDateIsMissingThem() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            assertEquals(false, PreferredDates.missing(ds));
            corpus(ds);
            assertEquals(true, PreferredDates.missing(ds));
            PreferredDates.refresh(ds);
            assertEquals(false, PreferredDates.missing(ds));
        });
    }
}
