package org.parley.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;

/**
 * Loads article quads into an empty store the way a build into an empty store does: TDB2's
 * phased bulk loader fills the node table and the primary index, {@link SortedIndexBuild} the
 * secondary indexes, and then, in write transactions, the ontology graph, every preferred name
 * and every preferred date are computed, so the store equals one that {@code parley build} made
 * from the same articles. Not thread-safe: quads are sent from one thread.
 */
public final class BulkLoad implements AutoCloseable {
    private final ParleyStore store;
    private final DataLoader loader;
    private boolean finished;

    private BulkLoad(ParleyStore store) {
        this.store = store;
        this.loader = new LoaderMain(StoreBuilder.loaderPlan(store.quadIndexes()),
                store.dataset().asDatasetGraph(), (fmt, args) -> { });
    }

    /**
     * Starts a bulk load.
     *
     * @param store the store, which must hold no quads
     * @return the load; send quads to {@link #stream()}, then call {@link #finish()}
     * @throws StoreException naming the store when it is not empty
     */
    public static BulkLoad start(ParleyStore store) {
        Dataset ds = store.dataset();
        if (Txn.calculateRead(ds, () -> ds.asDatasetGraph().find().hasNext())) {
            throw new StoreException("store " + store.directory() + " is not empty: a bulk load fills an empty store;"
                    + " give a new --store folder");
        }
        BulkLoad load = new BulkLoad(store);
        load.loader.startBulk();
        return load;
    }

    /** @return where the quads go (named graphs only; the default graph is not used) */
    public StreamRDF stream() {
        return loader.stream();
    }

    /** Builds the indexes, then the ontology graph, preferred names and preferred dates. */
    public void finish() {
        loader.finishBulk();
        finished = true;
        Dataset ds = store.dataset();
        SortedIndexBuild.build(ds.asDatasetGraph(), store.quadIndexes(), store.directory(), SortedIndexBuild.RUN_QUADS);
        GraphWriter.finish(store, true, BuildTimings.NONE);
    }

    /** Abandons the load when {@link #finish()} was not reached. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            loader.finishException(new IllegalStateException("load stopped"));
        }
    }
}
