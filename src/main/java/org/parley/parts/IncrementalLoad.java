package org.parley.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.store.BuildTimings;
import org.parley.store.GraphWriter;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;
import org.parley.store.StoreException;

/**
 * Loads a parts folder into a store that has content, article by article, as {@code parley build}
 * does into such a store: an article whose manifest hash equals its stored
 * {@code parley:contentHash} is skipped (its quads are parsed but not kept), the others replace
 * their named graph through a {@link GraphWriter}, {@link StoreBuilder#DEFAULT_BATCH} per write
 * transaction. Each part is streamed once, checked as it goes ({@link PartReader}), and one
 * article's quads are held at a time. A bad part stops the load: the articles written before stay
 * wholly new, the others wholly old. At the end the ontology graph is refreshed
 * ({@link GraphWriter#finish}). Not thread-safe; one load per instance.
 */
final class IncrementalLoad {
    private final Path dir;
    private final PartLoader.Owners owners;
    private final Map<String, String> stored;
    private final GraphWriter writer;
    private final List<GraphWriter.Item> batch = new ArrayList<>();
    private final ParleyStore store;
    private int added;
    private int replaced;
    private int unchanged;
    private long quads;

    IncrementalLoad(Path dir, ParleyStore store, PartLoader.Owners owners) {
        this.dir = dir;
        this.store = store;
        this.owners = owners;
        this.stored = store.contentHashes();
        this.writer = new GraphWriter(store);
    }

    PartLoader.Summary load(PartManifest manifest) {
        for (PartManifest.Part p : manifest.parts()) {
            Map<String, PartManifest.Entry> wanted = new HashMap<>();
            for (PartManifest.Entry e : p.articles()) {
                if (!owners.owns(p, e.iri())) {
                    continue;
                }
                if (e.hash().equals(stored.get(e.iri()))) {
                    unchanged++;
                } else {
                    wanted.put(e.iri(), e);
                }
            }
            read(p, wanted);
        }
        flush();
        GraphWriter.finish(store, false, BuildTimings.NONE);
        return new PartLoader.Summary(manifest.parts().size(), added, replaced, unchanged, quads, owners.skipped,
                owners.problems);
    }

    /** Streams a part, handing each wanted article's graph to the batch as its run ends. */
    private void read(PartManifest.Part p, Map<String, PartManifest.Entry> wanted) {
        Collector collector = new Collector(wanted);
        try {
            PartReader.read(dir, p, collector);
        } catch (StoreException e) {
            throw written() == 0 ? e : new StoreException(e.getMessage() + "; the " + written()
                    + " article(s) loaded before it stay loaded, the others are as they were", e);
        }
        if (collector.found < wanted.size()) {
            throw new StoreException(dir.resolve(p.file()) + ": " + (wanted.size() - collector.found)
                    + " article(s) that " + PartManifest.FILE + " lists for the part are not in it");
        }
    }

    private int written() {
        return added + replaced;
    }

    private void add(PartManifest.Entry e, Node name, Graph g) {
        batch.add(new GraphWriter.Item(e.source(), name, g));
        if (batch.size() >= StoreBuilder.DEFAULT_BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        for (GraphWriter.Item item : writer.write(batch, owners.problems)) {
            if (stored.containsKey(item.name().getURI())) {
                replaced++;
            } else {
                added++;
            }
            quads += item.graph().size();
        }
        batch.clear();
    }

    /** Collects the quads of the wanted graphs, one graph at a time. */
    private final class Collector implements PartReader.Receiver {
        private final Map<String, PartManifest.Entry> wanted;
        private PartManifest.Entry entry;
        private Graph graph;
        private int found;

        Collector(Map<String, PartManifest.Entry> wanted) {
            this.wanted = wanted;
        }

        @Override
        public void quad(Quad q) {
            if (graph == null) {
                entry = q.getGraph().isURI() ? wanted.get(q.getGraph().getURI()) : null;
                if (entry == null) {
                    return;
                }
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(q.asTriple());
        }

        @Override
        public void end(Node name) {
            if (graph != null) {
                found++;
                add(entry, name, graph);
            }
            graph = null;
            entry = null;
        }
    }
}
