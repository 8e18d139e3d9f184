package org.parley.extract.round;

import java.util.regex.Pattern;
import org.parley.article.Span;

/**
 * A date inside a dateline ("Valmora, March 4, Harbour News - The envoys met on Tuesday ...",
 * "GENEVA, May 3 (Reuters) -") is the day the story was filed, not the day of the round the
 * sentence reports, so it never dates a round. A dateline date stands at the start of a line after
 * one to three capitalised place names and commas, and is followed, after an optional year and
 * agency name, by a dash, slash or parenthesis.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelineDate {
    /** A place name: capitalised words ("Addis Ababa", "WASHINGTON", "N'Djamena"). */
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
    private static final Pattern PLACES_BEFORE = Pattern.compile("^" + NAME + "(?:,\\s*" + NAME + "){0,2},\\s*$");
    private static final Pattern AFTER = Pattern.compile(
            "^(?:,?\\s*\\d{4})?\\s*(?:[,(/]\\s*\\p{Lu}[\\p{L}./ ]{0,30}\\)?\\s*)?(?:-|--|—|–|/)");
    /** Longest line start before a dateline's date. */
    private static final int MAX_BEFORE = 90;
    /** How much text after the date is read. */
    private static final int MAX_AFTER = 45;

    private DatelineDate() {
    }

    /**
     * @param text the article text
     * @param date the span of a date in it
     * @return true when the date is the date of a dateline
     */
    public static boolean is(String text, Span date) {
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        if (date.start() - lineStart > MAX_BEFORE) {
            return false;
        }
        String after = text.substring(date.end(), Math.min(text.length(), date.end() + MAX_AFTER));
        return PLACES_BEFORE.matcher(text.substring(lineStart, date.start())).matches() && AFTER.matcher(after).find();
    }
}
