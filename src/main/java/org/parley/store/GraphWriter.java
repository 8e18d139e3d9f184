package org.parley.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.parley.article.Problem;
import org.parley.rdf.Parley;
import org.parley.resolve.PreferredDates;
import org.parley.resolve.PreferredNames;

/**
 * Writes article graphs into a store that has content, as {@code parley build} and
 * {@code parley load} do: each graph replaces the stored graph of its name, several per write
 * transaction; the same transaction recomputes the preferred names of the resources named in the
 * old or new content ({@link PreferredNames#refresh(Dataset, java.util.Collection)}) and the
 * preferred dates of the rounds whose date evidence is in it
 * ({@link PreferredDates#refresh(Dataset, java.util.Collection)}), so a reader never sees an
 * article whose people have no preferred name yet. If a batch's transaction fails, it is aborted
 * and its graphs are written one per transaction, so a failing article never leaves partial
 * triples; its failure becomes a problem. {@link #finish} is the end of a build or load.
 *
 * <p>Not thread-safe: one writer per store, called from one thread.
 */
public final class GraphWriter {
    private final ParleyStore store;

    /**
     * An article graph to write.
     *
     * @param place the article's stored name ({@code seeds/a.txt}), which a problem names
     * @param name  the graph's name, the article's IRI
     * @param graph the graph's new content
     */
    public record Item(String place, Node name, Graph graph) {
    }

    /** @param store the store to write */
    public GraphWriter(ParleyStore store) {
        this.store = store;
    }

    /**
     * Writes a batch in one write transaction or, when that fails, one graph per transaction.
     *
     * @param batch    the graphs, in order
     * @param problems receives a problem per graph that could not be written
     * @return the items written, in order
     */
    public List<Item> write(List<Item> batch, List<Problem> problems) {
        try {
            transaction(batch);
            return batch;
        } catch (RuntimeException batchFailure) {
            List<Item> written = new ArrayList<>();
            for (Item item : batch) {
                try {
                    transaction(List.of(item));
                    written.add(item);
                } catch (RuntimeException e) {
                    problems.add(new Problem(item.place(), "cannot write to the store: " + e.getMessage()));
                }
            }
            return written;
        }
    }

    private void transaction(List<Item> items) {
        Dataset ds = store.dataset();
        Txn.executeWrite(ds, () -> {
            Set<Node> names = new HashSet<>();
            Set<Node> rounds = new HashSet<>();
            items.forEach(item -> replace(item, names, rounds));
            PreferredNames.refresh(ds, names);
            PreferredDates.refresh(ds, rounds);
        });
    }

    /**
     * Replaces an article's graph, noting the named resources and the dated rounds in its old and
     * new content.
     */
    private void replace(Item item, Set<Node> names, Set<Node> rounds) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Node name = Parley.NAME.asNode();
        dsg.find(item.name(), Node.ANY, name, Node.ANY).forEachRemaining(q -> names.add(q.getSubject()));
        item.graph().find(Node.ANY, name, Node.ANY).forEachRemaining(tr -> names.add(tr.getSubject()));
        PreferredDates.roundsIn(dsg, item.name(), rounds);
        store.replaceGraph(item.name(), item.graph());
        PreferredDates.roundsIn(dsg, item.name(), rounds);
    }

    /**
     * The end of a build or load: in one write transaction, refreshes the ontology graph and, when
     * the store was filled from empty, computes every preferred name; then, when it was filled from
     * empty or holds no preferred dates yet (built before they existed), every preferred date.
     *
     * @param store       the store
     * @param filledEmpty true when the store was empty before the build or load
     * @param timings     receives the phases "preferred-names" and "preferred-dates"
     */
    public static void finish(ParleyStore store, boolean filledEmpty, BuildTimings timings) {
        Dataset ds = store.dataset();
        long t = System.nanoTime();
        Txn.executeWrite(ds, () -> {
            store.loadOntology();
            if (filledEmpty) {
                PreferredNames.refresh(ds);
            }
        });
        timings.phase("preferred-names", System.nanoTime() - t);
        t = System.nanoTime();
        if (filledEmpty || Txn.calculateRead(ds, () -> PreferredDates.missing(ds))) {
            Txn.executeWrite(ds, () -> PreferredDates.refresh(ds));
        }
        timings.phase("preferred-dates", System.nanoTime() - t);
    }
}
