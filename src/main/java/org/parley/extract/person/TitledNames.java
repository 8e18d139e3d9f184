package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Title;

/**
 * Name candidates after an office title: "Foreign Minister Nikos Dendias", "Presidents Emmanuel
 * Macron and Joe Biden" (honorifics after the title are skipped). Stateless and thread-safe.
 */
public final class TitledNames {
    /** A capitalized name right after an office title. */
    public static final double AFTER_TITLE = 0.85;
    /** The second name after a plural title ("Presidents X and Y"), of at least two tokens. */
    public static final double SECOND_AFTER_TITLE = 0.8;
    /** Fewest tokens of the second name after "and". */
    private static final int MIN_SECOND_NAME = 2;

    private TitledNames() {
    }

    /**
     * @param tv     the article's tokens
     * @param filter the article's candidate filter
     * @return the names after titles, in the order of their titles
     */
    public static List<Candidate> find(TokenView tv, CandidateFilter filter) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tv.size(); i++) {
            Title t = TitleLookup.at(tv, i);
            if (t == null) {
                continue;
            }
            int start = i + t.tokenCount();
            while (start < tv.size() && NameBoundaries.honorific(tv, start)) {
                start++;
            }
            int end = NameBoundaries.nameEnd(tv, start);
            if (end <= start) {
                continue;
            }
            filter.add(found, start, end, AFTER_TITLE);
            if (end + 1 < tv.size() && tv.lower(end).equals("and")) {
                int end2 = NameBoundaries.nameEnd(tv, end + 1);
                if (end2 > end + 1 && end2 - end - 1 >= MIN_SECOND_NAME) {
                    filter.add(found, end + 1, end2, SECOND_AFTER_TITLE);
                }
            }
        }
        return found;
    }
}
