package org.parley.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.article.Problem;

/**
 * The outcome of one build: how many articles were converted, skipped as unchanged or failed,
 * the store's size afterwards and the problems met. Immutable and thread-safe.
 *
 * @param built          articles converted and written
 * @param skipped        articles whose content hash was unchanged
 * @param failed         articles whose conversion or write failed (each has a problem)
 * @param triples        quads in the store after the build, or {@link #NOT_COUNTED}
 * @param entitiesByType distinct typed resources per class (local name), union of the article graphs
 * @param problems       what went wrong, each once
 * @param elapsed        wall-clock time of the build
 */
public record BuildSummary(int built, int skipped, int failed, long triples, Map<String, Long> entitiesByType,
                           List<Problem> problems, Duration elapsed) {

    /** {@link #triples()} when the store was not counted. */
    public static final long NOT_COUNTED = -1;

    /** Copies the collections. */
    public BuildSummary {
        entitiesByType = Map.copyOf(entitiesByType);
        problems = List.copyOf(problems);
    }

    /** @return a multi-line summary for the terminal */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "articles: %d built, %d skipped (unchanged), %d failed%n",
                built, skipped, failed));
        if (triples == NOT_COUNTED) {
            sb.append(String.format(Locale.ROOT, "triples:  not counted (counting walks the whole store; parley build"
                    + " --counts counts the triples and the entities per class)%n"));
        } else {
            sb.append(String.format(Locale.ROOT, "triples:  %d%n", triples));
        }
        if (!entitiesByType.isEmpty()) {
            sb.append("entities:");
            entitiesByType.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> sb.append(' ').append(e.getKey()).append('=').append(e.getValue()));
            sb.append(System.lineSeparator());
        }
        if (!problems.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "problems: %d (see above)%n", problems.size()));
        }
        sb.append(String.format(Locale.ROOT, "time:     %.1f s%n", elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
