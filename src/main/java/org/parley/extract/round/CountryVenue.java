package org.parley.extract.round;

import java.util.Set;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Countries as a round's place: a country is the place of a round only when the text says the
 * talks were held in it ("talks held in Qatar", "met in the United States"): a cue from
 * {@code round-venue-cues.txt} [country-before] stands right before it, with at most an article
 * between, and the country is not a possessive ("in Qatar's capital" places the round in the
 * capital). "At Qatar", "in talks with Qatar" or "In addition, Qatar" do not.
 *
 * <p>Stateless and thread-safe.
 */
public final class CountryVenue {
    private static final Set<String> CUES = Lexicon.lowerWords("round-venue-cues", "country-before");
    private static final String THE = "the";

    private CountryVenue() {
    }

    /**
     * @param tv         the article's tokens
     * @param placeToken the first token of the country's name
     * @param placeEnd   the token after the country's name
     * @return true when the text says the round is held in the country
     */
    public static boolean stated(TokenView tv, int placeToken, int placeEnd) {
        int k = placeToken - 1;
        if (k > 0 && tv.lower(k).equals(THE)) {
            k--;
        }
        return k >= 0 && CUES.contains(tv.lower(k)) && !tv.possessiveAfter(placeEnd - 1);
    }
}
