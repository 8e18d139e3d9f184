package org.parley.extract.place;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Venues: a run of two to five name words ending in a venue noun after a venue cue ("at the
 * Dolmabahce Palace", "in Lancaster House"), without "and" inside. Its country is that of the
 * first country or large city named after it in the sentence, else the sentence's country. A name
 * that stands for a government ("the White House") is no venue. Stateless apart from the shared
 * gazetteers; thread-safe.
 */
public final class VenueRule implements PlaceRule {
    /** Confidence of a venue named after a venue cue. */
    static final double VENUE = 0.75;
    /** The longest venue name, in tokens. */
    private static final int MAX_NAME_TOKENS = 5;
    private static final Set<String> VENUE_NOUNS = Lexicon.lowerWords("venue-nouns", "nouns");
    private static final Set<String> CUES = cues();
    private static final List<String> NOT_VENUES = Lexicon.entries("venue-nouns", "not-venues");

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        int to = scan.to();
        boolean cue = i > 0 && CUES.contains(tv.lower(i - 1));
        for (int n = Math.min(MAX_NAME_TOKENS, to - i); n >= 2 && cue; n--) {
            if (!NameRuns.nameRun(tv, i, n) || !VENUE_NOUNS.contains(tv.word(i + n - 1).toLowerCase(Locale.ROOT))
                    || NameRuns.containsWord(tv, i, i + n, "and")) {
                continue;
            }
            String name = tv.words(i, i + n);
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_VENUES.stream().anyMatch(lower::startsWith)) {
                return i;
            }
            Span span = tv.span(i, i + n);
            String cc = PlaceCues.nearbyCountry(tv, i + n, to, scan.countryHint());
            scan.places().add(new PlaceMention(span, tv.article().text(span), Places.venue(name, cc), false, VENUE));
            return i + n;
        }
        return i;
    }

    private static Set<String> cues() {
        Set<String> out = new HashSet<>(Lexicon.lowerWords("locative-prepositions", "venue"));
        out.addAll(Lexicon.lowerWords("venue-nouns", "cues"));
        return Set.copyOf(out);
    }
}
