package org.parley.extract.place;

import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.NameKeys;

/**
 * Mentions of the small towns {@link CuedTowns} accepted in the article: the cued mention itself
 * and any later one ("the X talks"), longest name first. Stateless; thread-safe.
 */
public final class TownMentionRule implements PlaceRule {
    /** Confidence of a town mention right after its strong cue ("the resort of X", "talks in X"). */
    static final double TOWN_CUED = 0.75;
    /** Confidence of another mention of a town cued elsewhere in the article. */
    static final double TOWN_REPEATED = 0.6;
    /** The longest town name, in tokens. */
    private static final int MAX_NAME_TOKENS = 3;

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        if (scan.towns().isEmpty() || !tv.capitalized(i)) {
            return i;
        }
        for (int n = Math.min(MAX_NAME_TOKENS, scan.to() - i); n >= 1; n--) {
            if (!NameRuns.nameRun(tv, i, n)) {
                continue;
            }
            City town = scan.towns().get(NameKeys.key(tv.words(i, i + n)));
            if (town != null) {
                Span span = tv.span(i, i + n);
                boolean cue = i >= 2 && PlaceCues.strongTownCue(tv, i);
                scan.places().add(new PlaceMention(span, tv.article().text(span), Places.town(town), false,
                        cue ? TOWN_CUED : TOWN_REPEATED));
                return i + n;
            }
        }
        return i;
    }
}
