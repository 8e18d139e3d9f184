package org.parley.extract.round;

import java.util.regex.Pattern;
import org.parley.extract.lexicon.Lexicon;

/**
 * Back-reference by place: a sentence without a trigger that opens with a participle of holding and
 * a locative preposition ("Held in the port city of Valmora, the ceremony ...") gives its places to
 * the latest held round. Participles from {@code round-venue-cues.txt} [back-openers], prepositions
 * from {@code locative-prepositions.txt} [venue].
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceOpener {
    private static final Pattern OPENER = Pattern.compile("^\\W*" + Lexicon.alternation("round-venue-cues", "back-openers")
            + "\\s+" + Lexicon.alternation("locative-prepositions", "venue") + "\\b", Pattern.CASE_INSENSITIVE);

    private PlaceOpener() {
    }

    /**
     * @param sentence a sentence
     * @return true when it opens with a participle of holding and a locative preposition
     */
    public static boolean opens(String sentence) {
        return OPENER.matcher(sentence).find();
    }
}
