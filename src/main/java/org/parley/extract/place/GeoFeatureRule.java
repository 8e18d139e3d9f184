package org.parley.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Region;
import org.parley.extract.lexicon.Lexicon;
import org.parley.rdf.Iris;

/**
 * Geographic features named with a head word, taken whole as regions: a name run followed by a
 * head ("the Korean Peninsula", "the Gaza Strip", "Lake Victoria"; "peninsula" and "strip"
 * also in lower case) or a head before a name ("Lake Geneva"; with "of": "the Gulf of Aden"). The region of
 * the gazetteer when it knows the name, else a new region labelled as written, without a country
 * for features that often span several ("sea", "lake", "peninsula"), else in the sentence's
 * country. Words from {@code geographic-features.txt}. Stateless apart from the shared
 * gazetteers; thread-safe.
 */
public final class GeoFeatureRule implements PlaceRule {
    /** Confidence of a feature named with its head word. */
    static final double FEATURE = 0.85;
    /** The longest name before or after a head, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;
    private static final Set<String> AFTER = Lexicon.lowerWords("geographic-features", "after");
    private static final Set<String> AFTER_LOWER = Lexicon.lowerWords("geographic-features", "after-lower");
    private static final Set<String> AFTER_LOWER_DEMONYM = Lexicon.lowerWords("geographic-features", "after-lower-demonym");
    private static final Set<String> BEFORE = Lexicon.lowerWords("geographic-features", "before");
    private static final Set<String> BEFORE_OF = Lexicon.lowerWords("geographic-features", "before-of");
    private static final Set<String> SPANNING = Lexicon.lowerWords("geographic-features", "spanning");

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        int next = headBefore(scan, i);
        return next > i ? next : headAfter(scan, i);
    }

    /** "Lake Geneva", "Gulf of Aden". */
    private int headBefore(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        String head = tv.lower(i);
        boolean of = i + 1 < scan.to() && tv.lower(i + 1).equals("of");
        if (!tv.capitalized(i) || !(of ? BEFORE_OF : BEFORE).contains(head)) {
            return i;
        }
        int j = of ? i + 2 : i + 1;
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - j); n >= 1; n--) {
            if (NameRuns.nameRun(tv, j, n) && !NameRuns.nameContinues(tv, j + n, scan.to())) {
                return add(scan, i, j + n, head);
            }
        }
        return i;
    }

    /** "Korean Peninsula", "Gaza Strip", "Lake Victoria". */
    private int headAfter(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        if (PlaceWords.NOT_PLACE.contains(tv.lower(i))) {
            return i;
        }
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i - 1); n >= 1; n--) {
            int h = i + n;
            String head = tv.lower(h);
            boolean headOk = AFTER.contains(head) && (tv.capitalized(h) || AFTER_LOWER.contains(head)
                    && (AFTER_LOWER_DEMONYM.contains(head) || !namesACountry(tv, i, h)));
            if (headOk && NameRuns.nameRun(tv, i, n) && !tv.possessiveAfter(h - 1) && !honorificOrTitle(tv, i, h)
                    && !NameRuns.nameContinues(tv, h + 1, scan.to())) {
                return add(scan, i, h + 1, head);
            }
        }
        return i;
    }

    /** True when a token of [from, to) is an honorific or a title ("Mr. Park", "President Park"). */
    private boolean honorificOrTitle(TokenView tv, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gaz.titles().isHonorific(tv.word(k)) || gaz.titles().match(List.of(tv.word(k)), 0).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True when a token of [from, to) is a country or demonym ("Kenyan"). */
    private static boolean namesACountry(TokenView tv, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PlaceCues.isNameBoundary(tv, k)) {
                return true;
            }
        }
        return false;
    }

    private int add(PlaceScan scan, int from, int to, String head) {
        TokenView tv = scan.tv();
        Span span = tv.span(from, to);
        String name = tv.words(from, to);
        Optional<Region> known = gaz.regions().lookup(name);
        Place place = known.map(Places::region).orElseGet(() -> new Place("region:" + Iris.slug(name), name,
                Place.Kind.REGION, SPANNING.contains(head.toLowerCase(Locale.ROOT)) ? null : scan.countryHint(),
                null, null, null));
        scan.places().add(new PlaceMention(span, tv.article().text(span), place, false, FEATURE));
        return to;
    }
}
