package org.parley.eval;

import static org.parley.eval.PyValues.f2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference scorer's figures ({@code ../shared/scoring/score.py}) over a set of articles:
 * precision, recall and F1 of persons, places, delegations and rounds, person country accuracy and
 * round date accuracy, with the same counts, the same report lines and the same miss lines
 * ({@code misses.txt}). Fed one article at a time with the rows of its saved queries. Not
 * thread-safe.
 */
public final class ReferenceScore {
    /** Category of persons (rows of {@code people.rq}). */
    public static final String PERSONS = "persons";
    /** Category of places (rows of {@code places.rq}). */
    public static final String PLACES = "places";
    /** Category of delegations (rows of {@code delegations.rq}). */
    public static final String DELEGATIONS = "delegations";
    /** Category of rounds (rows of {@code rounds.rq}). */
    public static final String ROUNDS = "rounds";
    /** The categories, in report order. */
    public static final List<String> CATEGORIES = List.of(PERSONS, PLACES, DELEGATIONS, ROUNDS);

    /** Per category: predictions matched, predictions judged, gold items found, gold items. */
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    final List<String> errors = new ArrayList<>();
    final List<String> misses = new ArrayList<>();
    int countryRight;
    int countryCount;
    int dateRight;
    int dateCount;

    /** An empty score. */
    public ReferenceScore() {
        CATEGORIES.forEach(c -> counts.put(c, new int[4]));
    }

    void add(String category, int tpPred, int nPred, int tpGold, int nGold) {
        int[] c = counts.get(category);
        c[0] += tpPred;
        c[1] += nPred;
        c[2] += tpGold;
        c[3] += nGold;
    }

    /**
     * Scores one article.
     *
     * @param article its file name, as in the gold
     * @param gold    its gold entry (maps, lists and strings as read from the JSON)
     * @param rows    rows of {@code people}, {@code places}, {@code delegations} and {@code rounds}
     *                by query name (empty when its build failed)
     * @param error   why its build or a query failed, or null
     */
    public void add(String article, Map<String, Object> gold, Map<String, List<Map<String, String>>> rows,
                    String error) {
        if (error != null) {
            errors.add(article + ": " + error);
        }
        ArticleMatch m = new ArticleMatch(article, gold, this);
        m.persons(rows.getOrDefault("people", List.of()));
        m.places(rows.getOrDefault("places", List.of()));
        m.delegations(rows.getOrDefault("delegations", List.of()));
        m.rounds(rows.getOrDefault("rounds", List.of()));
    }

    /**
     * @param category one of {@link #CATEGORIES}
     * @return its counts: predictions matched, predictions judged, gold items found, gold items
     */
    public int[] counts(String category) {
        return counts.get(category).clone();
    }

    /** @return precision of a category (0 when nothing was predicted) */
    public double precision(String category) {
        int[] c = counts.get(category);
        return c[1] == 0 ? 0.0 : (double) c[0] / c[1];
    }

    /** @return recall of a category (0 when the gold has none) */
    public double recall(String category) {
        int[] c = counts.get(category);
        return c[3] == 0 ? 0.0 : (double) c[2] / c[3];
    }

    /** @return F1 of a category */
    public double f1(String category) {
        double p = precision(category);
        double r = recall(category);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return share of matched gold persons with a country whose found country is right */
    public double countryAccuracy() {
        return countryCount == 0 ? 0.0 : (double) countryRight / countryCount;
    }

    /** @return share of matched gold rounds with a full date whose found date is that day */
    public double dateAccuracy() {
        return dateCount == 0 ? 0.0 : (double) dateRight / dateCount;
    }

    /** @return the number of articles whose build or queries failed */
    public int errorCount() {
        return errors.size();
    }

    /**
     * @return every figure by key ({@code persons.p}, {@code persons.r}, {@code persons.f1}, ...,
     *         {@code country.accuracy}, {@code dates.accuracy})
     */
    public Map<String, Double> figures() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String c : CATEGORIES) {
            out.put(c + ".p", precision(c));
            out.put(c + ".r", recall(c));
            out.put(c + ".f1", f1(c));
        }
        out.put("country.accuracy", countryAccuracy());
        out.put("dates.accuracy", dateAccuracy());
        return out;
    }

    /** @return the failed builds, then the misses and false positives, one a line, as {@code misses.txt} */
    public String missLines() {
        List<String> all = new ArrayList<>(errors);
        all.addAll(misses);
        return String.join("\n", all) + "\n";
    }

    /**
     * @param missesWhere where the miss lines are, for the summary line
     * @return the figures, in the lines {@code score.py} prints
     */
    public String report(String missesWhere) {
        StringBuilder sb = new StringBuilder();
        PyValues.head(errors, 5).forEach(e -> sb.append(" - error: ").append(e).append('\n'));
        for (String c : CATEGORIES) {
            sb.append(String.format(Locale.ROOT, "%-12s P %s R %s F1 %s\n", c, f2(precision(c)), f2(recall(c)),
                    f2(f1(c))));
        }
        sb.append(String.format(Locale.ROOT,
                "person country accuracy %s (%d/%d); round date accuracy %s (%d/%d); misses in %s\n",
                f2(countryAccuracy()), countryRight, countryCount, f2(dateAccuracy()), dateRight, dateCount,
                missesWhere));
        sb.append(String.format(Locale.ROOT,
                "F1 persons %s places %s delegations %s rounds %s; country %s; dates %s\n", f2(f1(PERSONS)),
                f2(f1(PLACES)), f2(f1(DELEGATIONS)), f2(f1(ROUNDS)), f2(countryAccuracy()), f2(dateAccuracy())));
        return sb.toString();
    }
}
