package org.parley.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.Parley;

/**
 * Chooses one display name per resource across all articles and writes it as
 * {@code parley:preferredName} into {@link Parley#ENTITIES_GRAPH}: among the resource's
 * {@code parley:name} values in all named graphs, the most frequent (counted once per graph),
 * then the longest, then the lexicographically greatest. Deterministic for a given store; after
 * a build, only the resources whose names may have changed need recomputing.
 * Stateless and thread-safe; must run inside the caller's write transaction.
 */
public final class PreferredNames {
    private PreferredNames() {
    }

    private record Candidate(Node name, long count) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingLong(Candidate::count)
            .thenComparingInt(c -> c.name.getLiteralLexicalForm().length())
            .thenComparing(c -> c.name.getLiteralLexicalForm());

    /**
     * Replaces all preferred names in the entities graph.
     *
     * @param ds the store's dataset, in a write transaction
     */
    public static void refresh(Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        dsg.deleteAny(graph, Node.ANY, Parley.PREFERRED_NAME.asNode(), Node.ANY);
        Map<Node, Map<Node, long[]>> counts = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, Parley.NAME.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph() && q.getObject().isLiteral()) {
                counts.computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                        .computeIfAbsent(q.getObject(), k -> new long[1])[0]++;
            }
        });
        counts.forEach((subject, names) -> write(dsg, graph, subject, names));
    }

    /**
     * Recomputes the preferred names of some resources only, e.g. those named in the articles
     * just built (in their new or replaced content); the result is the same as a full
     * {@link #refresh(Dataset)} when every resource whose names changed is listed.
     *
     * @param ds       the store's dataset, in a write transaction
     * @param subjects the resources to recompute
     */
    public static void refresh(Dataset ds, Collection<Node> subjects) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        for (Node subject : subjects) {
            dsg.deleteAny(graph, subject, Parley.PREFERRED_NAME.asNode(), Node.ANY);
            Map<Node, long[]> names = new HashMap<>();
            dsg.find(Node.ANY, subject, Parley.NAME.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph() && q.getObject().isLiteral()) {
                    names.computeIfAbsent(q.getObject(), k -> new long[1])[0]++;
                }
            });
            if (!names.isEmpty()) {
                write(dsg, graph, subject, names);
            }
        }
    }

    /**
     * Writes the best name. A quad is unique per graph, so the number of quads giving a name is
     * the number of graphs that give it.
     */
    private static void write(DatasetGraph dsg, Node graph, Node subject, Map<Node, long[]> names) {
        List<Candidate> candidates = new ArrayList<>(names.size());
        names.forEach((n, c) -> candidates.add(new Candidate(n, c[0])));
        Candidate best = candidates.stream().max(ORDER).orElseThrow();
        dsg.add(Quad.create(graph, subject, Parley.PREFERRED_NAME.asNode(),
                NodeFactory.createLiteralString(best.name.getLiteralLexicalForm())));
    }
}
