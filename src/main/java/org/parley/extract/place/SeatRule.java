package org.parley.extract.place;

import java.util.Set;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * An organization's seat as a venue: an acronym or single name followed by a lower-case seat noun
 * after a venue preposition ("at UN headquarters", "outside NATO headquarters"). It adds the venue
 * but consumes nothing, so the organization's own name is still read by the institution rule.
 * Words from {@code venue-nouns.txt} [seats] and {@code locative-prepositions.txt} [venue].
 * Stateless; thread-safe.
 */
public final class SeatRule implements PlaceRule {
    /** Confidence of an organization's seat after a venue preposition. */
    static final double SEAT = 0.7;
    private static final Set<String> SEATS = Lexicon.lowerWords("venue-nouns", "seats");
    private static final Set<String> CUES = Lexicon.lowerWords("locative-prepositions", "venue");

    /** Adds the venue at token i when there is one; always returns i (consumes nothing). */
    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        int h = i + 1;
        if (h >= scan.to() || i == scan.from() || !tv.capitalized(i) || !CUES.contains(tv.lower(i - 1))
                || !SEATS.contains(tv.word(h)) || tv.possessive(i)) {
            return i;
        }
        Span span = tv.span(i, h + 1);
        String cc = PlaceCues.nearbyCountry(tv, h + 1, scan.to(), scan.countryHint());
        scan.places().add(new PlaceMention(span, tv.article().text(span), Places.venue(tv.words(i, h + 1), cc), false,
                SEAT));
        return i;
    }
}
