package org.parley.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateExecution;
import org.parley.rdf.Parley;

/**
 * Chooses one display name per resource across all articles and writes it as
 * {@code parley:preferredName} into {@link Parley#ENTITIES_GRAPH}: among the resource's
 * {@code parley:name} values in all named graphs, the most frequent (counted once per graph),
 * then the longest, then the lexicographically greatest. Deterministic for a given store.
 * Stateless and thread-safe; must run inside the caller's write transaction.
 */
public final class PreferredNames {
    private PreferredNames() {
    }

    private record Candidate(Node name, long count) {
    }

    /**
     * Replaces all preferred names in the entities graph.
     *
     * @param ds the store's dataset, in a write transaction
     */
    public static void refresh(Dataset ds) {
        String graph = "<" + Parley.ENTITIES_GRAPH + ">";
        String name = "<" + Parley.NAME.getURI() + ">";
        String preferred = "<" + Parley.PREFERRED_NAME.getURI() + ">";
        UpdateExecution.dataset(ds)
                .update("DELETE WHERE { GRAPH " + graph + " { ?s " + preferred + " ?o } }")
                .execute();
        String q = "SELECT ?s ?n (COUNT(DISTINCT ?g) AS ?c) WHERE { GRAPH ?g { ?s " + name + " ?n } "
                + "FILTER(isLiteral(?n)) } GROUP BY ?s ?n";
        Map<Node, List<Candidate>> bySubject = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                bySubject.computeIfAbsent(s.get("s").asNode(), k -> new ArrayList<>())
                        .add(new Candidate(s.get("n").asNode(), s.getLiteral("c").getLong()));
            }
        }
        Comparator<Candidate> order = Comparator.comparingLong(Candidate::count)
                .thenComparingInt(c -> c.name.getLiteralLexicalForm().length())
                .thenComparing(c -> c.name.getLiteralLexicalForm());
        DatasetGraph dsg = ds.asDatasetGraph();
        Node g = NodeFactory.createURI(Parley.ENTITIES_GRAPH);
        bySubject.forEach((subject, candidates) -> {
            Candidate best = candidates.stream().max(order).orElseThrow();
            dsg.add(Quad.create(g, subject, Parley.PREFERRED_NAME.asNode(),
                    NodeFactory.createLiteralString(best.name.getLiteralLexicalForm())));
        });
    }
}
