package org.parley.extract.round;

import java.util.Set;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Longer names: a place name found inside a longer proper name ("the Palais Marlen hotel", "Villa
 * Sorel", "New York" read as "York") is not the round's place. A place is inside a longer name
 * when it opens with a capital ("region of Brest" does not) and the token right before it is a
 * capitalized word, not the sentence's first token and not a function word of title-case headlines
 * ({@code round-venue-cues.txt} [not-name-part]).
 *
 * <p>Stateless and thread-safe.
 */
public final class NamePart {
    private static final Set<String> NOT_NAME_PART = Lexicon.lowerWords("round-venue-cues", "not-name-part");

    private NamePart() {
    }

    /**
     * @param tv           the article's tokens
     * @param placeToken   the first token of the place name
     * @param sentenceFrom the first token of its sentence
     * @return true when the place name continues a longer capitalized name
     */
    public static boolean insideLongerName(TokenView tv, int placeToken, int sentenceFrom) {
        int k = placeToken - 1;
        if (k <= sentenceFrom || k < 0 || !tv.capitalized(placeToken)) {
            return false;
        }
        String word = tv.word(k);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.chars().allMatch(Character::isLetter)
                && !NOT_NAME_PART.contains(tv.lower(k));
    }
}
