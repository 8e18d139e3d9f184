package org.parley.parts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.parley.article.Problem;
import org.parley.store.BulkLoad;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Loads a parts folder into an empty store: every part the manifest lists, through one
 * {@link BulkLoad}, then the derived data, as after {@code parley build}. An article id found in
 * more than one part (two tasks read two files of one name) is kept from the first part in input
 * order, as a build keeps the first file, and the others become problems. Stateless.
 */
public final class PartLoader {
    private PartLoader() {
    }

    /**
     * What a load did.
     *
     * @param parts    parts loaded
     * @param articles articles loaded
     * @param quads    quads loaded
     * @param skipped  records the conversion skipped (not articles, not English, copies)
     * @param problems the conversion's problems, then the load's, in input order
     */
    public record Summary(int parts, int articles, long quads, int skipped, List<Problem> problems) {
        /** Copies the list. */
        public Summary {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param dir   the parts folder
     * @param store an empty store
     * @return what was loaded
     * @throws StoreException naming the folder, file or line when the manifest or a part is bad, or
     *                        when the store is not empty
     */
    public static Summary load(Path dir, ParleyStore store) {
        PartManifest manifest = PartManifest.read(dir);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> owner = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        int articles = 0;
        int skipped = 0;
        for (PartManifest.Part p : manifest.parts()) {
            if (!Files.isRegularFile(dir.resolve(p.file()))) {
                throw new StoreException(dir.resolve(p.file()) + ": part listed in " + PartManifest.FILE + " is missing");
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
        long[] quads = {0};
        try (BulkLoad load = BulkLoad.start(store)) {
            for (PartManifest.Part p : manifest.parts()) {
                Path file = dir.resolve(p.file());
                StreamRDF kept = new StreamRDFWrapper(load.stream()) {
                    @Override
                    public void quad(Quad q) {
                        if (q.getGraph().isURI() && p.file().equals(owner.get(q.getGraph().getURI()))) {
                            quads[0]++;
                            super.quad(q);
                        }
                    }
                };
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    RDFParser.source(in).lang(Lang.NQUADS).parse(new NoStartFinish(kept));
                } catch (IOException | RiotException e) {
                    throw new StoreException(file + ": cannot read the part: " + e.getMessage(), e);
                }
            }
            load.finish();
        }
        return new Summary(manifest.parts().size(), articles, quads[0], skipped, problems);
    }

    /** Passes quads on, but not the start and finish of each part: the load spans them all. */
    private static final class NoStartFinish extends StreamRDFWrapper {
        NoStartFinish(StreamRDF other) {
            super(other);
        }

        @Override
        public void start() {
        }

        @Override
        public void finish() {
        }
    }
}
