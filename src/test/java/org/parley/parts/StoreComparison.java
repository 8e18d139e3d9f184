package org.parley.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;
import org.parley.store.ParleyStore;

/**
 * Compares two stores: their quads (up to blank node labels) and the answers of saved queries.
 * Shared with parley-spark's tests through the core's test jar. Stateless; thread-safe.
 */
public final class StoreComparison {
    private StoreComparison() {
    }

    /** @return true when the stores hold the same quads, blank nodes matched by isomorphism */
    public static boolean sameQuads(ParleyStore a, ParleyStore b) {
        return Txn.calculateRead(a.dataset(), () -> Txn.calculateRead(b.dataset(),
                () -> IsoMatcher.isomorphic(a.dataset().asDatasetGraph(), b.dataset().asDatasetGraph())));
    }

    /** @return every quad of a store as N-Quads text, sorted; blank nodes as {@code _:b} */
    public static List<String> quads(ParleyStore s) {
        List<String> out = new ArrayList<>();
        Txn.executeRead(s.dataset(), () -> s.dataset().asDatasetGraph().find().forEachRemaining(q -> out.add(
                text(q.getGraph()) + " " + text(q.getSubject()) + " " + text(q.getPredicate()) + " " + text(q.getObject()))));
        out.sort(null);
        return out;
    }

    private static String text(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }

    /**
     * @param s a store
     * @param q a saved SELECT query
     * @return its rows as sorted text, one map of column to value per row (blank nodes as
     *         {@code _:b}; the items of a {@code "; "} list sorted, since GROUP_CONCAT lists them in
     *         the order of the store's node ids, which differs between a store written article by
     *         article and one built at once)
     */
    public static List<String> answers(ParleyStore s, SavedQuery q) {
        List<String> rows = new ArrayList<>();
        Txn.executeRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q.text()).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    Map<String, String> row = new TreeMap<>();
                    for (String v : rs.getResultVars()) {
                        RDFNode n = sol.get(v);
                        row.put(v, n == null ? "" : n.isAnon() ? "_:b" : sortedList(n.toString()));
                    }
                    rows.add(row.toString());
                }
            }
        });
        rows.sort(null);
        return rows;
    }

    private static String sortedList(String value) {
        return String.join("; ", Arrays.stream(value.split("; ")).sorted().toList());
    }

    /**
     * @param expected a store built by {@code parley build}
     * @param actual   the store to compare with it
     * @return how many saved queries (of {@code queries/}) have rows; each answers alike in both stores
     */
    public static int assertSavedQueriesAnswerAlike(ParleyStore expected, ParleyStore actual) {
        int answered = 0;
        for (SavedQuery q : SavedQueries.load(Path.of("queries")).all()) {
            List<String> rows = answers(expected, q);
            assertEquals(rows, answers(actual, q), q.name());
            answered += rows.isEmpty() ? 0 : 1;
        }
        return answered;
    }
}
