package org.parley.extract.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.CommonWords;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * The cue and sense checks the place rules share: which country a sentence names, whether the
 * words around a name make it a place ("talks in X", "the resort of X") or something else (a
 * title, a demonym, "Kyiv's mayor"). Stateless apart from the shared gazetteers; thread-safe.
 */
public final class PlaceCues {
    /** A city at least this large is taken without a cue. */
    public static final long BIG_CITY = 500_000;
    private static final Set<String> SETTLEMENT_NOUNS = Lexicon.lowerWords("settlement-nouns", "nouns");
    private static final Set<String> APPOSITION_NOUNS = Lexicon.lowerWords("settlement-nouns", "apposition");
    /** Tokens an apposition before a city may hold besides names and its noun. */
    private static final Set<String> APPOSITION_GLUE = Set.of("the", ",", "of");
    /** How far back a locative word may govern a city through an apposition, in tokens. */
    private static final int APPOSITION_WINDOW = 7;
    private static final Set<String> MEETING_WORDS = Lexicon.lowerWords("meeting-place-cues", "words");
    private static final Set<String> PLACE_NOUNS = Lexicon.lowerWords("city-place-nouns", "words");
    private static final List<String> PLACE_NOUN_PREFIXES = Lexicon.entries("city-place-nouns", "prefixes");
    /** How many words after a possessive may name what of the city is meant ("Kyiv's main square"). */
    private static final int PLACE_NOUN_WINDOW = 3;

    private PlaceCues() {
    }

    private static Gazetteers gaz() {
        return Gazetteers.get();
    }

    /**
     * @return the country of the first unmasked capitalized country name or demonym in [from, to),
     *         or null
     */
    public static String sentenceCountryHint(TokenView tv, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tv.capitalized(i) || tv.masked(i)) {
                continue;
            }
            String word = tv.word(i);
            Optional<Country> c = gaz().countries().byName(word).or(() -> gaz().countries().byDemonym(word));
            if (c.isPresent()) {
                return c.get().code();
            }
        }
        return null;
    }

    /**
     * @return the countries the article names anywhere, by a one-word name or demonym ("Belarus",
     *         "Belarusian"), as ISO codes
     */
    public static Set<String> articleCountries(TokenView tv) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tv.size(); i++) {
            if (tv.capitalized(i) && !tv.masked(i)) {
                String word = tv.word(i);
                gaz().countries().byName(word).or(() -> gaz().countries().byDemonym(word))
                        .ifPresent(c -> out.add(c.code()));
            }
        }
        return out;
    }

    /**
     * The country of the first city or country named after a venue in its sentence ("Johannesberg
     * Castle, about 60 km north of Stockholm"), else the fallback.
     */
    static String nearbyCountry(TokenView tv, int from, int to, String fallback) {
        for (int k = from; k < to; k++) {
            if (!tv.capitalized(k)) {
                continue;
            }
            String w = tv.word(k);
            Optional<Country> c = gaz().countries().byName(w);
            if (c.isPresent()) {
                return c.get().code();
            }
            Optional<City> city = gaz().cities().best(w, null)
                    .filter(x -> x.population() >= BIG_CITY || gaz().cities().isCapital(x));
            if (city.isPresent()) {
                return city.get().countryCode();
            }
        }
        return fallback;
    }

    /** "resort of X", "town of X"; "talks in X", "met at X" (token i is X; needs i &ge; 2). */
    static boolean strongTownCue(TokenView tv, int i) {
        String before = tv.lower(i - 1);
        String word = tv.lower(i - 2);
        return before.equals("of") && SETTLEMENT_NOUNS.contains(word)
                || (before.equals("in") || before.equals("at")) && MEETING_WORDS.contains(word);
    }

    /**
     * True when a locative word governs token i through an apposition that names a settlement
     * ("in Kenya's capital Nairobi", "at the port city of X", "in the capital, X"): going
     * back from i over capitalised words, possessives, articles, commas, "of" and
     * {@code settlement-nouns.txt} [apposition] nouns, which must include one of those nouns.
     */
    static boolean locativeApposition(TokenView tv, int i, int from) {
        boolean noun = false;
        for (int k = i - 1; k >= from && k >= i - APPOSITION_WINDOW; k--) {
            String w = tv.lower(k);
            if (APPOSITION_NOUNS.contains(w)) {
                noun = true;
            } else if (PlaceWords.LOCATIVE.contains(w)) {
                return noun;
            } else if (!(APPOSITION_GLUE.contains(w) || tv.capitalized(k) || k > from && tv.possessiveAfter(k - 1))) {
                return false;
            }
        }
        return false;
    }

    /** True when a word of the city's own (its streets, mayor, outskirts) follows token i's possessive. */
    static boolean followedByPlaceNoun(TokenView tv, int i, int to) {
        int k = i;
        if (k < to && (tv.get(k).text().equals("'s") || tv.get(k).text().equals("’s"))) {
            k++;
        }
        for (int j = k; j < Math.min(to, k + PLACE_NOUN_WINDOW); j++) {
            String w = tv.lower(j);
            if (PLACE_NOUNS.contains(w) || PLACE_NOUN_PREFIXES.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** True when token i is a country, a demonym or a word that is never a place. */
    static boolean isNameBoundary(TokenView tv, int i) {
        String w = tv.word(i);
        return gaz().countries().byName(w).isPresent() || gaz().countries().byDemonym(w).isPresent()
                || PlaceWords.NOT_PLACE.contains(w.toLowerCase(Locale.ROOT));
    }

    /** True when token i is a demonym, a title, a word that is never a place, or an adjective. */
    static boolean isDemonymOrTitleWord(TokenView tv, int i) {
        String w = tv.word(i);
        return gaz().countries().byDemonym(w).isPresent() || gaz().titles().match(List.of(w), 0).isPresent()
                || PlaceWords.NOT_PLACE.contains(w.toLowerCase(Locale.ROOT))
                || tv.pos(i).startsWith("JJ");
    }

    /**
     * Not a name another gazetteer knows, not a month or title word, and not a common word unless
     * a settlement noun introduces it ("the town of Bled", not "met in Bled").
     */
    static boolean possibleTown(String name, boolean settlementCue) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !PlaceWords.NOT_PLACE.contains(lower) && (settlementCue || !CommonWords.contains(lower))
                && gaz().cities().lookup(name).isEmpty() && gaz().countries().byName(name).isEmpty()
                && gaz().countries().byDemonym(name).isEmpty() && gaz().regions().lookup(name).isEmpty()
                && gaz().institutions().lookup(name).isEmpty();
    }
}
