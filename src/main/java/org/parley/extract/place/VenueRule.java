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
 * Venues, taken whole, after a venue cue ("at the", "in", an opening quote): a run of two to five
 * name words ending in a venue noun ("the Dolmabahce Palace", "Lancaster House"; "and" only before
 * a second venue noun: "Ashcombe Historic House and Garden"); a venue noun that opens the name
 * ("Palais Marlen", "Villa Sorel"); a venue noun with "of" and a name ("the House of Friendship").
 * Airports count without a cue ("Singapore's Changi Airport"). Its country is that of the first
 * country or large city named after it in the sentence, else the sentence's country. A name that
 * stands for a government ("the White House") is no venue. Words from {@code venue-nouns.txt}.
 * Stateless apart from the shared gazetteers; thread-safe.
 */
public final class VenueRule implements PlaceRule {
    /** Confidence of a venue named after a venue cue. */
    static final double VENUE = 0.75;
    /** The longest venue name, in tokens. */
    private static final int MAX_NAME_TOKENS = 6;
    /** The longest name after a venue noun that opens a venue name, in tokens. */
    private static final int MAX_TAIL_TOKENS = 3;
    private static final Set<String> VENUE_NOUNS = Lexicon.lowerWords("venue-nouns", "nouns");
    private static final Set<String> HEADS_FIRST = Lexicon.lowerWords("venue-nouns", "heads-first");
    private static final Set<String> NO_CUE = Lexicon.lowerWords("venue-nouns", "no-cue");
    private static final Set<String> CUES = cues();
    /** Marks that open a quoted venue name. */
    private static final Set<String> QUOTES = Lexicon.words("quote-marks", "double-open", "guillemet-open", "single-open",
            "single-straight");
    private static final List<String> NOT_VENUES = Lexicon.entries("venue-nouns", "not-venues");

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        boolean cue = hasCue(tv, i);
        int end = endingInNoun(tv, i, scan.to(), cue);
        if (end <= i && cue) {
            end = openedByNoun(tv, i, scan.to());
        }
        if (end <= i) {
            return i;
        }
        String lower = tv.words(i, end).toLowerCase(Locale.ROOT);
        if (NOT_VENUES.stream().anyMatch(lower::startsWith)) {
            return i;
        }
        Span span = tv.span(i, end);
        String cc = PlaceCues.nearbyCountry(tv, end, scan.to(), scan.countryHint());
        scan.places().add(new PlaceMention(span, tv.article().text(span), Places.venue(tv.words(i, end), cc), false,
                VENUE));
        return end;
    }

    /** A venue cue right before token i, or before an opening quote there. */
    private static boolean hasCue(TokenView tv, int i) {
        int k = i - 1;
        if (k >= 0 && QUOTES.contains(tv.lower(k))) {
            k--;
        }
        return k >= 0 && CUES.contains(tv.lower(k));
    }

    /** "Lancaster House", "Ashcombe Historic House and Garden": the end of the name, or i. */
    private static int endingInNoun(TokenView tv, int i, int to, boolean cue) {
        for (int n = Math.min(MAX_NAME_TOKENS, to - i); n >= 2; n--) {
            String last = tv.word(i + n - 1).toLowerCase(Locale.ROOT);
            if (!NameRuns.nameRun(tv, i, n) || !VENUE_NOUNS.contains(last) || !(cue || NO_CUE.contains(last))
                    || !andOnlyBeforeNoun(tv, i, i + n) || NameRuns.nameContinues(tv, i + n, to)
                    && !PlaceWords.NOT_PLACE.contains(tv.lower(i + n))) {
                continue;
            }
            return i + n;
        }
        return i;
    }

    /** True when every "and" in [from, to) joins two venue nouns ("House and Garden"). */
    private static boolean andOnlyBeforeNoun(TokenView tv, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tv.lower(k).equals("and") && (k + 1 >= to || !VENUE_NOUNS.contains(tv.lower(k + 1))
                    || !VENUE_NOUNS.contains(tv.lower(k - 1)))) {
                return false;
            }
        }
        return true;
    }

    /** "Palais Marlen", "Villa Sorel", "House of Friendship": the end of the name, or i. */
    private static int openedByNoun(TokenView tv, int i, int to) {
        String head = tv.lower(i);
        boolean of = i + 2 < to && tv.lower(i + 1).equals("of") && VENUE_NOUNS.contains(head);
        if (!tv.capitalized(i) || !(of || HEADS_FIRST.contains(head))) {
            return i;
        }
        int j = of ? i + 2 : i + 1;
        if (j < to && tv.lower(j).equals("the")) {
            j++;
        }
        int n = 0;
        while (n < MAX_TAIL_TOKENS && j + n < to && NameRuns.nameRun(tv, j, n + 1) && !tv.possessive(j + n)) {
            n++;
        }
        return n == 0 ? i : j + n;
    }

    private static Set<String> cues() {
        Set<String> out = new HashSet<>(Lexicon.lowerWords("locative-prepositions", "venue"));
        out.addAll(Lexicon.lowerWords("venue-nouns", "cues"));
        return Set.copyOf(out);
    }
}
