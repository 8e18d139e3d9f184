package org.parley.rdf;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Keeps only the facts of a graph that some evidence supports with at least a given confidence.
 * A triple is a fact when a {@code parley:Evidence} node reifies it; triples without evidence
 * (types, names of countries from the gazetteer) are kept, and so are the evidence nodes of kept
 * facts. Stateless and thread-safe.
 */
public final class ConfidenceFilter {
    private ConfidenceFilter() {
    }

    /**
     * @param graph a graph written by Parley
     * @param min   the lowest confidence to keep, in [0,1]
     * @return a new graph without the facts all of whose evidence is below {@code min}
     */
    public static Graph filter(Graph graph, double min) {
        Map<Triple, Double> best = new HashMap<>();
        Map<Node, Triple> evidence = new HashMap<>();
        graph.find(Node.ANY, RDF.type.asNode(), Parley.EVIDENCE.asNode()).forEachRemaining(t -> {
            Node e = t.getSubject();
            Node s = one(graph, e, RDF.subject.asNode());
            Node p = one(graph, e, RDF.predicate.asNode());
            Node o = one(graph, e, RDF.object.asNode());
            Node c = one(graph, e, Parley.CONFIDENCE.asNode());
            if (s == null || p == null || o == null) {
                return;
            }
            Triple fact = Triple.create(s, p, o);
            double conf = c == null ? 0 : new BigDecimal(c.getLiteralLexicalForm()).doubleValue();
            best.merge(fact, conf, Math::max);
            evidence.put(e, fact);
        });
        Graph out = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> {
            Double conf = best.get(t);
            if (conf != null && conf < min) {
                return;
            }
            Triple reified = evidence.get(t.getSubject());
            if (reified != null && best.get(reified) < min) {
                return;
            }
            out.add(t);
        });
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }
}
