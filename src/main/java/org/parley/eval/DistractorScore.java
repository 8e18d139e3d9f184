package org.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reference distractor count ({@code ../shared/scoring/distract.py}): over news that reports no
 * diplomatic talks, every round and delegation read back is invented. Counts them per article and
 * in total, with the same lines as the script. Not thread-safe.
 */
public final class DistractorScore {
    private final List<String> errors = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private int articles;
    private int rounds;
    private int delegations;
    private int dirty;

    /**
     * Counts one article.
     *
     * @param article its file name
     * @param rows    rows of {@code rounds} and {@code delegations} by query name
     * @param error   why its build failed (the article is then not counted), or null
     */
    public void add(String article, Map<String, List<Map<String, String>>> rows, String error) {
        articles++;
        if (error != null) {
            errors.add(article + ": " + error);
            return;
        }
        List<Map<String, String>> r = rows.getOrDefault("rounds", List.of());
        List<Map<String, String>> x = rows.getOrDefault("delegations", List.of());
        rounds += r.size();
        delegations += x.size();
        if (!r.isEmpty() || !x.isEmpty()) {
            dirty++;
            lines.add(article + ": " + r.size() + " rounds " + PyValues.list(PyValues.head(column(r, "label"), 3))
                    + ", " + x.size() + " delegations " + PyValues.list(PyValues.head(column(x, "country"), 3)));
        }
    }

    private static List<String> column(List<Map<String, String>> rows, String name) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(name)));
        return out;
    }

    /** @return rounds read back, all invented */
    public int rounds() {
        return rounds;
    }

    /** @return delegations read back, all invented */
    public int delegations() {
        return delegations;
    }

    /** @return articles with at least one invented round or delegation */
    public int dirtyArticles() {
        return dirty;
    }

    /** @return articles whose build failed */
    public int errorCount() {
        return errors.size();
    }

    /** @return the failed builds, then one line per article with invented facts, as {@code misses.txt} */
    public String missLines() {
        List<String> all = new ArrayList<>(errors);
        all.addAll(lines);
        return String.join("\n", all) + "\n";
    }

    /** @return the report, in the lines {@code distract.py} prints */
    public String report() {
        StringBuilder sb = new StringBuilder();
        PyValues.head(errors, 5).forEach(e -> sb.append(" - error: ").append(e).append('\n'));
        lines.forEach(l -> sb.append(" - ").append(l).append('\n'));
        sb.append("distractors: ").append(dirty).append('/').append(articles)
                .append(" articles with invented negotiation facts (").append(rounds).append(" rounds, ")
                .append(delegations).append(" delegations; goal 0)\n");
        return sb.toString();
    }
}
