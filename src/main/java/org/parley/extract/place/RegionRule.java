package org.parley.extract.place;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.NameKeys;
import org.parley.extract.gazetteer.Region;
import org.parley.extract.lexicon.Lexicon;

/**
 * Regions, in three forms tried in order: a name with a region word after it ("Gomel region",
 * "Brest Oblast"; "Donetsk People's Republic" is a party, not a region; with a lower-case region
 * word only in a country the article names); a name after a region
 * word and "of" ("the province of Idlib"); a region named alone ("Donbas", "Tigray") when a
 * locative cue precedes it or it is a geographic region, it lies in a country the article names (if any;
 * not needed for a name of two words or more after a cue, "in the West Bank"),
 * and it is not also a city, a compass
 * word or part of a longer name; or when it follows a place and a comma ("in Whitehorse, Yukon"). Stateless apart from the shared gazetteers; thread-safe.
 */
public final class RegionRule implements PlaceRule {
    /** Confidence of a region named with its region word ("Gomel region", "province of Idlib"). */
    static final double REGION_WITH_WORD = 0.9;
    /** Confidence of a region named alone after a locative cue, or a geographic region. */
    static final double REGION_ALONE = 0.8;
    /** The longest region name, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");
    private static final Set<String> NOT_AFTER_NAME = Lexicon.lowerWords("region-words", "not-after-name");
    private static final Set<String> COMPASS = Lexicon.lowerWords("compass-words", "words");

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        int next = withWordAfter(scan, i);
        if (next > i) {
            return next;
        }
        next = afterRegionWordOf(scan, i);
        return next > i ? next : alone(scan, i);
    }

    /** "Gomel region", "Brest Oblast". */
    private int withWordAfter(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i - 1); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            String word = POSSESSIVE_END.matcher(tv.lower(i + n)).replaceAll("");
            if (PlaceWords.REGION_WORDS.contains(word) && !NOT_AFTER_NAME.contains(word)) {
                Optional<Region> r = gaz.regions().lookup(tv.words(i, i + n) + " " + word);
                if (r.isPresent() && inNamedCountry(scan, r.get(), tv.capitalized(i + n))) {
                    return add(scan, tv.span(i, i + n + 1), r.get(), REGION_WITH_WORD, i + n + 1);
                }
            }
        }
        return i;
    }

    /** "region of Brest", "province of Idlib". */
    private int afterRegionWordOf(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        if (i < 2 || !tv.lower(i - 1).equals("of") || !PlaceWords.REGION_WORDS.contains(tv.lower(i - 2))) {
            return i;
        }
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            Optional<Region> r = gaz.regions().lookup(tv.words(i, i + n));
            if (r.isPresent()) {
                return add(scan, tv.span(i - 2, i + n), r.get(), REGION_WITH_WORD, i + n);
            }
        }
        return i;
    }

    /** A region named alone, when it is not also a city ("Donbas", "Crimea", "Tigray"). */
    private int alone(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        int to = scan.to();
        boolean cue = i > 0 && PlaceWords.LOCATIVE.contains(tv.lower(i - 1))
                || i > 1 && PlaceWords.LOCATIVE.contains(tv.lower(i - 2)) && tv.lower(i - 1).equals("the");
        boolean chained = afterPlace(scan, i);
        for (int n = Math.min(MAX_NAME_TOKENS, to - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            String name = tv.words(i, i + n);
            String lower = name.toLowerCase(Locale.ROOT);
            Optional<Region> r = gaz.regions().lookup(name);
            if (r.isPresent() && (cue || chained || "geographic".equals(r.get().kind())) && tv.pos(i).startsWith("NNP")
                    && !COMPASS.contains(lower) && !isCity(name)
                    && !PlaceWords.NOT_PLACE.contains(lower) && !NameRuns.nameContinues(tv, i + n, to)
                    && (n > 1 && cue || chained || inNamedCountry(scan, r.get(), false))) {
                return add(scan, tv.span(i, i + n), r.get(), REGION_ALONE, i + n);
            }
        }
        return i;
    }

    /**
     * True when token i follows a comma right after a place found in this sentence: the next part
     * of an address ("in Whitehorse, Yukon"; "at the park, Yukon").
     */
    private static boolean afterPlace(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        if (i - 1 <= scan.from() || !tv.word(i - 1).equals(",")) {
            return false;
        }
        int commaStart = tv.get(i - 1).span().start();
        return scan.places().stream().anyMatch(p -> p.span().end() == commaStart && !p.actor());
    }

    /**
     * A region named alone or with a lower-case region word ("the Balkan region") must lie in a
     * country the article names, when it names any: an adjective otherwise takes a namesake
     * province abroad.
     */
    private static boolean inNamedCountry(PlaceScan scan, Region r, boolean capitalizedWord) {
        return capitalizedWord || r.countryCode() == null || scan.articleCountries().isEmpty()
                || scan.articleCountries().contains(r.countryCode()) || r.countryCode().equals(scan.countryHint());
    }

    /**
     * True when a city bears the name as its own name, or is large; a small city that has it only
     * as an old or foreign alternate ("Africa" for Mahdia) does not hide the region.
     */
    private boolean isCity(String name) {
        String key = NameKeys.key(name);
        return gaz.cities().lookup(name).stream()
                .anyMatch(c -> NameKeys.key(c.name()).equals(key) || c.population() >= PlaceCues.BIG_CITY);
    }

    private static int add(PlaceScan scan, Span span, Region r, double confidence, int next) {
        scan.places().add(new PlaceMention(span, scan.tv().article().text(span), Places.region(r), false, confidence));
        return next;
    }
}
