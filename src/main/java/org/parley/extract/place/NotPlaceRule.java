package org.parley.extract.place;

import java.util.Set;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Names that are used without naming a location, consumed so that no later rule takes a place
 * from them: a capitalized run followed, inside it or right after it, by a time-zone, document or
 * event word ("Moscow time", "the Geneva Agreement", "the Minsk accords", "the Black Sea Grain
 * Initiative"), a run that ends an organization's spelled-out name before its acronym ("... in
 * Europe (OSCE)"), and a name other than a country after a job title's "ambassador to", "envoy for"
 * ("the US ambassador to Vienna", "adviser for the Middle East") or before a job noun ("the
 * network's Europe editor"). Country names are left to the country rule: they are judged
 * as sides. Adds no mention. Words from {@code not-place-contexts.txt}.
 * Stateless apart from the shared gazetteers; thread-safe.
 */
public final class NotPlaceRule implements PlaceRule {
    /** The longest capitalized run looked at, in tokens. */
    private static final int MAX_RUN = 5;
    private static final Set<String> AFTER = Lexicon.lowerWords("not-place-contexts", "after");
    private static final Set<String> TITLE_AFTER = Lexicon.lowerWords("not-place-contexts", "title-after");
    private static final Set<String> TITLE_BEFORE = Set.copyOf(Lexicon.entries("not-place-contexts", "title-before"));

    private final Gazetteers gaz = Gazetteers.get();

    @Override
    public int match(PlaceScan scan, int i) {
        TokenView tv = scan.tv();
        int run = runLength(tv, i, scan.to());
        if (run == 0) {
            return i;
        }
        for (int k = i + 1; k <= i + run && k < scan.to(); k++) {
            if (AFTER.contains(tv.lower(k))) {
                return isCountry(tv, i, k) ? i : k;
            }
        }
        if (endsSpelledOutName(tv, i, run, scan.from(), scan.to())) {
            return i + run;
        }
        boolean title = titleBefore(tv, i, scan.from())
                || i + run < scan.to() && TITLE_AFTER.contains(tv.lower(i + run)) && !tv.possessiveAfter(i + run - 1);
        return title && !isCountry(tv, i, i + run) ? i + run : i;
    }

    /** The length of the longest capitalized name run at token i, at most {@link #MAX_RUN}. */
    private static int runLength(TokenView tv, int i, int to) {
        for (int n = Math.min(MAX_RUN, to - i); n >= 1; n--) {
            if (NameRuns.nameRun(tv, i, n)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * True when the run ends a spelled-out name that an acronym in brackets follows, the acronym's
     * letters being the initials of the name's capitalized words ("Organization for Security and
     * Co-operation in Europe (OSCE)").
     */
    private static boolean endsSpelledOutName(TokenView tv, int i, int run, int from, int to) {
        int open = i + run;
        if (open + 2 >= to || !tv.word(open).equals("(") || !tv.word(open + 2).equals(")")) {
            return false;
        }
        String acronym = tv.word(open + 1);
        if (acronym.length() < 2 || !acronym.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = open - 1; k >= from && initials.length() < acronym.length(); k--) {
            if (tv.capitalized(k)) {
                initials.insert(0, tv.word(k).charAt(0));
            } else if (!PlaceWords.NAME_CONNECTORS.contains(tv.lower(k)) && !tv.lower(k).equals("in")
                    && !tv.lower(k).equals("for")) {
                return false;
            }
        }
        return initials.length() > run && initials.toString().equals(acronym);
    }

    /** "ambassador to X", "adviser for the X". */
    private static boolean titleBefore(TokenView tv, int i, int from) {
        int k = i - 1 >= from && tv.lower(i - 1).equals("the") ? i - 1 : i;
        return k - 2 >= from && TITLE_BEFORE.contains(tv.lower(k - 2) + " " + tv.lower(k - 1));
    }

    /** Countries keep their mentions: they are judged as sides, not as places. */
    private boolean isCountry(TokenView tv, int from, int to) {
        return gaz.countries().byName(tv.words(from, to)).isPresent();
    }
}
