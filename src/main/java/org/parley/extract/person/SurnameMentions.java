package org.parley.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.extract.TokenView;

/**
 * Lone capitalized tokens equal to the last (or first) word of a full name found elsewhere in the
 * article: "Lavrov" after "Sergey Lavrov". Stateless and thread-safe.
 */
public final class SurnameMentions {
    /** A lone surname standing for a full name the article gives. */
    public static final double SURNAME = 0.8;

    private SurnameMentions() {
    }

    /**
     * @param tv     the article's tokens
     * @param filter the article's candidate filter
     * @param names  the names found so far (merged)
     * @return the new one-token mentions, in text order
     */
    public static List<Candidate> find(TokenView tv, CandidateFilter filter, List<Candidate> names) {
        Set<String> surnames = new HashSet<>();
        for (Candidate c : names) {
            if (c.full()) {
                surnames.add(tv.word(c.to() - 1));
                surnames.add(tv.word(c.from()));
            }
        }
        boolean[] covered = new boolean[tv.size()];
        for (Candidate c : names) {
            for (int i = c.from(); i < c.to(); i++) {
                covered[i] = true;
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tv.size(); i++) {
            if (!covered[i] && !filter.blocked(i) && tv.capitalized(i) && surnames.contains(tv.word(i))) {
                found.add(new Candidate(i, i + 1, SURNAME));
            }
        }
        return found;
    }
}
