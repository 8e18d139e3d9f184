package org.parley.resolve;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Parley;

/**
 * Chooses one date per negotiation round across all articles and writes it as
 * {@code parley:preferredDate} into {@link Parley#ENTITIES_GRAPH}: among the dates the articles'
 * evidence claims for the round (evidence nodes with {@code rdf:subject} the round,
 * {@code rdf:predicate parley:date}, {@code rdf:object} the date), the one whose evidence has the
 * highest summed {@code parley:confidence}, and on a tie the earliest (SPARQL value order). This
 * is what {@code rounds.rq} and {@code timeline.rq} show, computed once per write instead of on
 * every query. Evidence is read graph by graph (an evidence node's triples are in the graph of the
 * article it comes from); evidence without a numeric confidence is left out.
 *
 * <p>Stateless and thread-safe; must run inside the caller's write transaction.
 */
public final class PreferredDates {
    private static final Node SUBJECT = RDF.subject.asNode();
    private static final Node PREDICATE = RDF.predicate.asNode();
    private static final Node OBJECT = RDF.object.asNode();

    private PreferredDates() {
    }

    /**
     * Replaces all preferred dates in the entities graph.
     *
     * @param ds the store's dataset, in a write transaction
     */
    public static void refresh(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        dsg.deleteAny(graph, Node.ANY, Parley.PREFERRED_DATE.asNode(), Node.ANY);
        Map<Node, Map<Node, BigDecimal>> support = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, PREDICATE, Parley.DATE.asNode()).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                Node round = one(dsg, q.getGraph(), q.getSubject(), SUBJECT);
                if (round != null) {
                    count(dsg, q.getGraph(), q.getSubject(), support.computeIfAbsent(round, k -> new HashMap<>()));
                }
            }
        });
        support.forEach((round, dates) -> write(dsg, graph, round, dates));
    }

    /**
     * Recomputes the preferred dates of some rounds only, e.g. those whose dates the articles just
     * built claim (in their new or replaced content); the result is the same as a full
     * {@link #refresh(Dataset)} when every round whose date evidence changed is listed.
     *
     * @param ds     the store's dataset, in a write transaction
     * @param rounds the rounds to recompute
     */
    public static void refresh(Dataset ds, Collection<Node> rounds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        for (Node round : rounds) {
            dsg.deleteAny(graph, round, Parley.PREFERRED_DATE.asNode(), Node.ANY);
            Map<Node, BigDecimal> dates = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, SUBJECT, round).forEachRemaining(q -> {
                if (!q.isDefaultGraph() && dsg.contains(q.getGraph(), q.getSubject(), PREDICATE, Parley.DATE.asNode())) {
                    count(dsg, q.getGraph(), q.getSubject(), dates);
                }
            });
            write(dsg, graph, round, dates);
        }
    }

    /**
     * @param ds the store's dataset, in a transaction
     * @return true when the store has date evidence but no preferred date at all (a store built
     *         before preferred dates were derived), so a full {@link #refresh(Dataset)} is due
     */
    public static boolean missing(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        return !dsg.find(graph, Node.ANY, Parley.PREFERRED_DATE.asNode(), Node.ANY).hasNext()
                && dsg.find(Node.ANY, Node.ANY, PREDICATE, Parley.DATE.asNode()).hasNext();
    }

    /**
     * Collects the rounds whose date evidence a graph holds, to pass to
     * {@link #refresh(Dataset, Collection)} before and after the graph changes. Reads the graph's
     * own quads (one article's, through the graph-first index every store has) rather than all
     * date evidence of the store.
     *
     * @param dsg    the dataset
     * @param graph  the graph's name
     * @param rounds receives the rounds
     */
    public static void roundsIn(DatasetGraph dsg, Node graph, Collection<Node> rounds) {
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (q.getPredicate().equals(PREDICATE) && q.getObject().equals(Parley.DATE.asNode())) {
                Node round = one(dsg, graph, q.getSubject(), SUBJECT);
                if (round != null) {
                    rounds.add(round);
                }
            }
        });
    }

    /** Adds one evidence node's confidence to the support of the date it claims. */
    private static void count(DatasetGraph dsg, Node g, Node evidence, Map<Node, BigDecimal> dates) {
        Node date = one(dsg, g, evidence, OBJECT);
        Node confidence = one(dsg, g, evidence, Parley.CONFIDENCE.asNode());
        if (date == null || confidence == null || !confidence.isLiteral()) {
            return;
        }
        NodeValue c = NodeValue.makeNode(confidence);
        if (!c.isNumber()) {
            return;
        }
        dates.merge(date, c.isDouble() || c.isFloat() ? BigDecimal.valueOf(c.getDouble()) : c.getDecimal(), BigDecimal::add);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** Writes the best-supported date, the earliest on a tie. */
    private static void write(DatasetGraph dsg, Node graph, Node round, Map<Node, BigDecimal> dates) {
        Node best = null;
        BigDecimal top = null;
        for (Map.Entry<Node, BigDecimal> e : dates.entrySet()) {
            int cmp = top == null ? 1 : e.getValue().compareTo(top);
            if (cmp > 0 || cmp == 0 && NodeValue.compareAlways(NodeValue.makeNode(e.getKey()),
                    NodeValue.makeNode(best)) < 0) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        if (best != null) {
            dsg.add(Quad.create(graph, round, Parley.PREFERRED_DATE.asNode(), best));
        }
    }
}
