package org.parley.extract.date;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.lexicon.Lexicon;

/**
 * The month and weekday vocabulary of the date rules, built from the shared {@code months.txt}
 * and {@code weekdays.txt}. Immutable; thread-safe.
 */
final class DateWords {
    /** A month name or abbreviation (title case, optional full stop), as capturing group. */
    static final String MONTH = "(" + String.join("|", Lexicon.entries("months", "names")) + "|"
            + Lexicon.alternation("months", "abbreviations") + "\\.?)";
    /** Any weekday name or abbreviation (optional full stop), not capturing. */
    static final String WEEKDAY_ANY = "(?:" + String.join("|", Lexicon.entries("weekdays", "names")) + "|"
            + String.join("|", Lexicon.entries("weekdays", "abbreviations")) + ")\\.?";
    /** A full weekday name, as capturing group. */
    static final String WEEKDAY_NAME = "(" + String.join("|", Lexicon.entries("weekdays", "names")) + ")";
    /** Length of the prefix that tells month names and abbreviations apart ("Sept" = "sep"). */
    private static final int MONTH_KEY_LENGTH = 3;
    private static final Map<String, Integer> MONTH_NUMBERS = monthNumbers();

    private DateWords() {
    }

    /**
     * @param name a month name or abbreviation as matched by {@link #MONTH}
     * @return its number, 1 to 12
     */
    static int month(String name) {
        return MONTH_NUMBERS.get(name.substring(0, MONTH_KEY_LENGTH).toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> monthNumbers() {
        List<String> names = Lexicon.entries("months", "names");
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i).substring(0, MONTH_KEY_LENGTH).toLowerCase(Locale.ROOT), i + 1);
        }
        return Map.copyOf(out);
    }
}
