package org.parley.extract.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.article.NameMention;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.NameKeys;

/**
 * Finds the small towns an article names after a strong cue ("the Swiss resort of X", "talks in
 * X", "met at X"), so that {@link TownMentionRule} can take all their mentions. A name another
 * gazetteer knows, a word that is never a place, a common word without a settlement noun, or a
 * name the name finder calls a person or organization is never a town. The town is the one in
 * the country a demonym before it or a country after it names, else in the sentence's country,
 * else the only town of that name. Stateless apart from the shared gazetteers; thread-safe.
 */
public final class CuedTowns {
    /** How many tokens before a town a demonym may stand to name its country. */
    private static final int TOWN_COUNTRY_WINDOW = 4;
    /** The longest town name, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;

    private final Gazetteers gaz = Gazetteers.get();

    /**
     * @param tv    the article's tokens
     * @param names the name finder's mentions
     * @return the towns accepted in the article, by name key (first cue wins)
     */
    public Map<String, City> find(TokenView tv, List<NameMention> names) {
        Map<String, City> out = new HashMap<>();
        for (int s = 0; s < tv.sentences(); s++) {
            int from = tv.sentenceFrom(s);
            int to = tv.sentenceTo(s);
            for (int i = from + 2; i < to; i++) {
                if (tv.capitalized(i) && !tv.masked(i) && PlaceCues.strongTownCue(tv, i)) {
                    townAt(tv, names, i, from, to, out);
                }
            }
        }
        return out;
    }

    /** Tries the names starting at token i, longest first; records the first town found. */
    private void townAt(TokenView tv, List<NameMention> names, int i, int from, int to, Map<String, City> out) {
        for (int n = Math.min(MAX_NAME_TOKENS, to - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n) || NameRuns.nameContinues(tv, i + n, to)) {
                continue;
            }
            String name = tv.words(i, i + n);
            NameMention model = NameRuns.nameAt(names, tv.span(i, i + n));
            boolean settlement = tv.lower(i - 1).equals("of");
            if (model != null && model.type() != NameMention.NameType.LOCATION
                    || !PlaceCues.possibleTown(name, settlement)) {
                continue;
            }
            String hint = PlaceCues.sentenceCountryHint(tv, from, to);
            Optional<City> town = pickTown(tv, name, i, n, from, to, hint);
            if (town.isEmpty() && settlement && PlaceCues.strongTownCue(tv, i)
                    && gaz.towns().lookup(name).isEmpty()) {
                town = Optional.of(unlisted(tv, name, i, n, to, hint));
            }
            if (town.isPresent()) {
                out.putIfAbsent(NameKeys.key(name), town.get());
                return;
            }
        }
    }

    /**
     * The town a name means: in the country of a demonym inside the settlement phrase ("the Swiss
     * alpine resort of X") or of a country right after it ("talks in X, Slovenia"), else in the
     * sentence's country when it has one of that name, else in the only country with a town of
     * that name.
     */
    private Optional<City> pickTown(TokenView tv, String name, int i, int n, int from, int to, String sentenceHint) {
        String near = demonymBefore(tv, i, from);
        if (near == null && i + n + 1 < to && tv.word(i + n).equals(",") && tv.capitalized(i + n + 1)) {
            near = gaz.countries().byName(tv.word(i + n + 1)).map(Country::code).orElse(null);
        }
        if (near != null) {
            return gaz.towns().unambiguous(name, near);
        }
        Optional<City> inSentenceCountry = sentenceHint == null ? Optional.empty()
                : gaz.towns().unambiguous(name, sentenceHint);
        return inSentenceCountry.or(() -> gaz.towns().unambiguous(name, null));
    }

    /**
     * A village or town the gazetteers lack, named after a settlement noun ("the village of X"):
     * in the country of a demonym in the phrase or a country after it, else the sentence's
     * country, else none; no coordinates.
     */
    private City unlisted(TokenView tv, String name, int i, int n, int to, String sentenceHint) {
        String cc = demonymBefore(tv, i, tv.sentenceFrom(tv.get(i).sentence()));
        if (cc == null && i + n + 1 < to && tv.word(i + n).equals(",") && tv.capitalized(i + n + 1)) {
            cc = gaz.countries().byName(tv.word(i + n + 1)).map(Country::code).orElse(null);
        }
        return new City(null, name, List.of(), cc != null ? cc : sentenceHint, null, Double.NaN, Double.NaN, 0);
    }

    /** The country of a demonym inside "the Swiss alpine resort of X" (token i is X), or null. */
    private String demonymBefore(TokenView tv, int i, int from) {
        if (!tv.lower(i - 1).equals("of")) {
            return null;
        }
        String near = null;
        for (int k = i - 3; k >= Math.max(from, i - 2 - TOWN_COUNTRY_WINDOW) && near == null; k--) {
            String w = tv.lower(k);
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals(",")) {
                break;
            }
            near = gaz.countries().byDemonym(tv.word(k)).map(Country::code).orElse(null);
        }
        return near;
    }
}
