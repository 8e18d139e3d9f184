package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class ConfidenceFilterTest {
    private static final String TTL = """
            @prefix p: <https://w3id.org/parley/ontology#> .
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            <https://example.org/x/lavrov> a p:Person ; p:role "Foreign Minister" , "Spokesperson" .
            <https://example.org/x/e1> a p:Evidence ; rdf:subject <https://example.org/x/lavrov> ; rdf:predicate p:role ; rdf:object "Foreign Minister" ;
                p:confidence 0.9 .
            <https://example.org/x/e2> a p:Evidence ; rdf:subject <https://example.org/x/lavrov> ; rdf:predicate p:role ; rdf:object "Spokesperson" ;
                p:confidence 0.3 .
            """;

    @Test
    void dropsFactsWhoseEvidenceIsAllBelowTheThresholdAndKeepsTheRest() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(g);
        Graph kept = ConfidenceFilter.filter(g, 0.5);
        var lavrov = NodeFactory.createURI("https://example.org/x/lavrov");
        assertTrue(kept.contains(Triple.create(lavrov, Parley.ROLE.asNode(), NodeFactory.createLiteralString("Foreign Minister"))));
        assertFalse(kept.contains(Triple.create(lavrov, Parley.ROLE.asNode(), NodeFactory.createLiteralString("Spokesperson"))));
        assertFalse(kept.contains(NodeFactory.createURI("https://example.org/x/e2"), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        assertTrue(kept.contains(NodeFactory.createURI("https://example.org/x/e1"), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY));
        assertTrue(kept.contains(lavrov, org.apache.jena.vocabulary.RDF.type.asNode(), Parley.PERSON.asNode()));
    }
}
