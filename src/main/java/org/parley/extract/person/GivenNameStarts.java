package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Name candidates that start with a known given name followed by capitalized words ("Mevlut
 * Cavusoglu"); the given name must not be possessive and the name must have two tokens or more.
 * Stateless and thread-safe.
 */
public final class GivenNameStarts {
    /** A known given name followed by capitalized words. */
    public static final double GIVEN_NAME = 0.75;
    /** Fewest tokens of such a name (a given name alone is not enough). */
    private static final int MIN_TOKENS = 2;

    private GivenNameStarts() {
    }

    /**
     * @param tv     the article's tokens
     * @param filter the article's candidate filter
     * @return the names, in text order
     */
    public static List<Candidate> find(TokenView tv, CandidateFilter filter) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tv.size(); i++) {
            if (tv.capitalized(i) && Gazetteers.get().givenNames().contains(tv.word(i)) && !tv.possessive(i)) {
                int end = NameBoundaries.nameEnd(tv, i);
                if (end - i >= MIN_TOKENS) {
                    filter.add(found, i, end, GIVEN_NAME);
                }
            }
        }
        return found;
    }
}
