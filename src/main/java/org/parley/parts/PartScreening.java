package org.parley.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.article.Problem;
import org.parley.article.ScreenedRecord;
import org.parley.input.NearDuplicates;
import org.parley.input.Screening;
import org.parley.rdf.Iris;

/**
 * Decides, across the parts of one job, which of their articles a single {@code parley build} of
 * the same inputs would have kept, and writes that into the manifest. Parts are written apart, so
 * each slice knows only its own records; here the records of all slices are replayed in input
 * order, as one build reads them: the first record of an article id claims it, and a later one is
 * a repeated URI (records of archives and feeds, skipped) or a duplicate article id (files, a
 * problem); a kept page, archived page or feed item that copies one kept before (by its MinHash
 * signature) is skipped as a copy. Articles so left out stay in their part file but leave the
 * manifest's article list, which is what {@link PartLoader} loads. Stateless.
 */
public final class PartScreening {
    private PartScreening() {
    }

    /**
     * @param written the parts with the records each read, in input order
     * @return the manifest of the parts, with only the articles a build keeps
     */
    public static PartManifest manifest(List<PartWriter.Written> written) {
        Replay replay = new Replay();
        return new PartManifest(written.stream().map(replay::part).toList());
    }

    /** The state of one build's reading: ids claimed, stories kept. Not thread-safe. */
    private static final class Replay {
        private final Map<String, String> claimed = new HashMap<>();
        private final NearDuplicates copies = new NearDuplicates();

        PartManifest.Part part(PartWriter.Written w) {
            PartManifest.Part p = w.part();
            List<Problem> skipped = new ArrayList<>(p.skipped());
            List<Problem> problems = new ArrayList<>(p.problems());
            Set<String> left = new HashSet<>();
            for (ScreenedRecord r : w.records()) {
                if (leftOut(r, skipped, problems) && r.kept()) {
                    left.add(Iris.article(r.id()));
                }
            }
            return new PartManifest.Part(p.file(), p.quads(),
                    p.articles().stream().filter(e -> !left.contains(e.iri())).toList(), skipped, problems);
        }

        /** @return true when a build would not have kept the record, noting why */
        private boolean leftOut(ScreenedRecord r, List<Problem> skipped, List<Problem> problems) {
            String earlier = claimed.putIfAbsent(r.id(), r.place());
            if (earlier != null) {
                if (!r.kept()) {
                    skipped.removeIf(s -> s.place().equals(r.place()) && s.message().startsWith(Screening.NOT_ENGLISH));
                }
                if (r.archived()) {
                    skipped.add(new Problem(r.place(), "repeated URI (also " + earlier + ")"));
                } else {
                    problems.add(new Problem(r.place(), "duplicate article id '" + r.id() + "' (also " + earlier + ")"));
                }
                return true;
            }
            String original = r.kept() && r.signature() != null ? copies.copyOf(r.place(), r.signature()) : null;
            if (original != null) {
                skipped.add(new Problem(r.place(), Screening.DUPLICATE + " (copy of " + original + ")"));
            }
            return original != null;
        }
    }
}
