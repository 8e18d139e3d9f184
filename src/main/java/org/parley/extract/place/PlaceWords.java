package org.parley.extract.place;

import java.util.HashSet;
import java.util.Set;
import org.parley.extract.lexicon.Lexicon;

/**
 * The word lists the place rules share, read once from the lexicon. Immutable; thread-safe.
 */
final class PlaceWords {
    /** Words before a name that use it as a place: locative-prepositions [venue] and [place]. */
    static final Set<String> LOCATIVE = Lexicon.lowerWords("locative-prepositions", "venue", "place");
    /** Capitalized words that are never a place: month and weekday names, titles, function words. */
    static final Set<String> NOT_PLACE = notPlace();
    /** Words after a name that make it a region ("Gomel region"). */
    static final Set<String> REGION_WORDS = Lexicon.lowerWords("region-words", "words");
    /** Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina"). */
    static final Set<String> NAME_CONNECTORS = Lexicon.lowerWords("place-name-connectors", "words");

    private PlaceWords() {
    }

    private static Set<String> notPlace() {
        Set<String> out = new HashSet<>(Lexicon.lowerWords("months", "names"));
        out.addAll(Lexicon.lowerWords("weekdays", "names"));
        out.addAll(Lexicon.lowerWords("not-place-words", "words"));
        return Set.copyOf(out);
    }
}
