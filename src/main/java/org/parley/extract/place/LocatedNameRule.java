package org.parley.extract.place;

import java.util.Locale;
import java.util.Set;
import org.parley.article.NameMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;
import org.parley.rdf.Iris;

/**
 * Places no gazetteer knows, such as villages and camps ("signed in Marongo", "stayed at
 * Tembwe"): a name the name finder tags as a location, right after a venue preposition
 * ({@code locative-prepositions.txt} [venue]), that no other rule took, that is not a word
 * which is never a place, a country or demonym, or the last word of a person's name in the
 * article. It is taken as a town labelled as written, in the sentence's country when it names
 * one. Runs last in the scan. Stateless; thread-safe.
 */
public final class LocatedNameRule implements PlaceRule {
    /** Confidence of an unknown name the name finder calls a location, after a venue preposition. */
    static final double LOCATED_NAME = 0.6;
    /** Least name-finder confidence for such a name. */
    static final double MIN_MODEL_CONFIDENCE = 0.3;
    /** The longest such name, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;
    private static final Set<String> VENUE_CUES = Lexicon.lowerWords("locative-prepositions", "venue");

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        if (i <= scan.from() || !tv.capitalized(i) || !VENUE_CUES.contains(tv.lower(i - 1))) {
            return i;
        }
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i); n >= 1; n--) {
            Span span = tv.span(i, i + n);
            NameMention model = NameRuns.nameAt(scan.names(), span);
            if (NameRuns.nameRun(tv, i, n) && model != null && model.type() == NameMention.NameType.LOCATION
                    && model.span().equals(span) && model.confidence() >= MIN_MODEL_CONFIDENCE
                    && acceptable(scan, i, n)) {
                String name = tv.words(i, i + n);
                Place place = new Place("town:" + Iris.slug(name), name, Place.Kind.CITY, scan.countryHint(), null, null,
                        null);
                scan.places().add(new PlaceMention(span, tv.article().text(span), place, false, LOCATED_NAME));
                return i + n;
            }
        }
        return i;
    }

    private static boolean acceptable(PlaceScan scan, int i, int n) {
        TokenView tv = scan.tv();
        for (int k = i; k < i + n; k++) {
            String lower = tv.lower(k);
            if (PlaceWords.NOT_PLACE.contains(lower) || PlaceCues.isNameBoundary(tv, k) || !tv.pos(k).startsWith("NNP")) {
                return false;
            }
        }
        return !NameRuns.personNamePart(scan.names(), tv, i + n - 1)
                && !PlaceWords.NOT_PLACE.contains(tv.words(i, i + n).toLowerCase(Locale.ROOT));
    }
}
