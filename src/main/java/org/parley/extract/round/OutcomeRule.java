package org.parley.extract.round;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.Span;
import org.parley.extract.CuedPattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * Outcome: what a round produced ("no breakthrough", "reached a ceasefire agreement"; {@code
 * outcome-phrases.txt}), normalized to lower case without quote marks. A sentence that opens by
 * referring back to the round just reported ("They produced no breakthrough";
 * {@code round-references.txt}) reports that round's outcome.
 *
 * <p>Stateless and thread-safe.
 */
public final class OutcomeRule {
    /** An outcome in a sentence that speaks of the round. */
    static final double IN_SENTENCE = 0.7;
    /** An outcome in a sentence that refers back to the round just reported. */
    static final double BACK_REFERENCE = 0.6;

    private static final CuedPattern OUTCOME = CuedPattern.compile(
            "\\b(" + String.join("|", Lexicon.entries("outcome-phrases", "outcomes")) + ")");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:" + String.join("|", Lexicon.entries("round-references", "openings")) + ")");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[’'‘\"“”]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OutcomeRule() {
    }

    /**
     * @param st    a sentence
     * @param lower the sentence in lower case
     * @param span  the sentence's span
     * @return its first outcome, at {@link #IN_SENTENCE} confidence
     */
    public static Optional<Evidenced<String>> find(String st, String lower, Span span) {
        Matcher m = OUTCOME.matcher(st, lower);
        if (m == null || !m.find()) {
            return Optional.empty();
        }
        Span where = new Span(span.start() + m.start(), span.start() + m.end());
        return Optional.of(new Evidenced<>(clean(m.group()), where, IN_SENTENCE));
    }

    /**
     * @param outcome an outcome found by {@link #find}
     * @return the same outcome as reported by a sentence that refers back to its round
     */
    public static Evidenced<String> asBackReference(Evidenced<String> outcome) {
        return new Evidenced<>(outcome.value(), outcome.span(), BACK_REFERENCE);
    }

    /**
     * @param st a sentence
     * @return true when it opens by referring back to a round ("They ...", "The talks ...", "However")
     */
    public static boolean refersBack(String st) {
        return REFERENCE.matcher(st.toLowerCase(Locale.ROOT)).lookingAt();
    }

    private static String clean(String outcome) {
        String bare = QUOTE_MARKS.matcher(outcome.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(bare).replaceAll(" ").trim();
    }
}
