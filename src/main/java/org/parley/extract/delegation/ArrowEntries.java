package org.parley.extract.delegation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.lexicon.Lexicon;

/**
 * Reads a lexicon section of "phrase -> value" lines into a map from the lower-cased phrase to
 * the value. Stateless and thread-safe.
 */
final class ArrowEntries {
    private static final String ARROW = "->";

    private ArrowEntries() {
    }

    /**
     * @param concept the lexicon file
     * @param section its section
     * @return lower-cased phrase to value, in file order
     * @throws IllegalStateException naming file, section and line when a line has no arrow
     */
    static Map<String, String> read(String concept, String section) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Lexicon.entries(concept, section)) {
            int at = line.indexOf(ARROW);
            if (at < 0) {
                throw new IllegalStateException(concept + " [" + section + "]: no '" + ARROW + "' in " + line);
            }
            out.put(line.substring(0, at).trim().toLowerCase(Locale.ROOT), line.substring(at + ARROW.length()).trim());
        }
        return out;
    }
}
