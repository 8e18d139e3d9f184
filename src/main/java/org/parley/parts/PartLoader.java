package org.parley.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.parley.article.Problem;
import org.parley.store.BulkLoad;
import org.parley.store.GraphWriter;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads a parts folder into a store, then the derived data, as {@code parley build} does.
 *
 * <p>Into an empty store, every part the manifest lists is first read through once to check it
 * (gzip, N-Quads, each graph in one run, the manifest's quad count), so that a bad part stops the
 * load before anything is written; then all parts go through one {@link BulkLoad}. Into a store
 * that has content, the load goes article by article ({@code IncrementalLoad}): every part is streamed once, checked as it
 * goes; an article whose
 * content hash in the manifest equals the stored {@code parley:contentHash} is unchanged and
 * skipped, the others replace their named graph in write transactions.
 *
 * <p>An article id found in more than one part (two tasks read two files of one name) is kept
 * from the first part in input order, as a build keeps the first file, and the others become
 * problems. Stateless.
 */
public final class PartLoader {
    private PartLoader() {
    }

    /**
     * What a load did.
     *
     * @param parts     parts listed in the manifest
     * @param added     articles loaded that the store did not hold
     * @param replaced  articles loaded in place of a stored article with another content hash
     * @param unchanged articles skipped because the store holds them with the same content hash
     * @param quads     quads loaded
     * @param skipped   records the conversion skipped (not articles, not English, copies)
     * @param problems  the conversion's problems, then the load's, in input order
     */
    public record Summary(int parts, int added, int replaced, int unchanged, long quads, int skipped,
                          List<Problem> problems) {
        /** Copies the list. */
        public Summary {
            problems = List.copyOf(problems);
        }

        /** @return articles loaded, added or replaced */
        public int articles() {
            return added + replaced;
        }
    }

    /**
     * @param dir   the parts folder
     * @param store the store, empty or not
     * @return what was loaded
     * @throws StoreException naming the folder, file or line when the manifest or a part is bad
     */
    public static Summary load(Path dir, ParleyStore store) {
        PartManifest manifest = PartManifest.read(dir);
        Owners owners = new Owners(dir, manifest);
        Dataset ds = store.dataset();
        boolean empty = Txn.calculateRead(ds, () -> !ds.asDatasetGraph().find().hasNext());
        return empty ? bulk(dir, manifest, owners, store) : new IncrementalLoad(dir, store, owners).load(manifest);
    }

    private static Summary bulk(Path dir, PartManifest manifest, Owners owners, ParleyStore store) {
        for (PartManifest.Part p : manifest.parts()) {
            PartReader.read(dir, p, PartReader.CHECK);
        }
        long[] quads = {0};
        try (BulkLoad load = BulkLoad.start(store)) {
            StreamRDF out = load.stream();
            for (PartManifest.Part p : manifest.parts()) {
                PartReader.read(dir, p, q -> {
                    if (owners.owns(p, q.getGraph())) {
                        quads[0]++;
                        out.quad(q);
                    }
                });
            }
            load.finish();
        }
        return new Summary(manifest.parts().size(), owners.articles, 0, 0, quads[0], owners.skipped,
                owners.problems);
    }

    /**
     * Which part each article is loaded from: the first that holds it. Collects the conversion's
     * problems and the duplicate ids.
     */
    static final class Owners {
        final List<Problem> problems = new ArrayList<>();
        final Map<String, String> owner = new HashMap<>();
        int articles;
        int skipped;

        Owners(Path dir, PartManifest manifest) {
            Map<String, String> sourceOf = new HashMap<>();
            for (PartManifest.Part p : manifest.parts()) {
                if (!Files.isRegularFile(dir.resolve(p.file()))) {
                    throw new StoreException(dir.resolve(p.file()) + ": part listed in " + PartManifest.FILE
                            + " is missing");
                }
                problems.addAll(p.problems());
                skipped += p.skipped().size();
                for (PartManifest.Entry e : p.articles()) {
                    String first = owner.putIfAbsent(e.iri(), p.file());
                    if (first == null) {
                        sourceOf.put(e.iri(), e.source());
                        articles++;
                    } else {
                        problems.add(new Problem(e.source(), "duplicate article id '" + e.iri() + "' (also "
                                + sourceOf.get(e.iri()) + ")"));
                    }
                }
            }
        }

        /** @return true when the article of this IRI is loaded from this part */
        boolean owns(PartManifest.Part p, String iri) {
            return p.file().equals(owner.get(iri));
        }

        /** @return true when the graph of this name is loaded from this part */
        boolean owns(PartManifest.Part p, Node graph) {
            return graph.isURI() && owns(p, graph.getURI());
        }
    }
}
