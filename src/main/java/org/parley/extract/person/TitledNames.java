package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Title;
import org.parley.extract.lexicon.Lexicon;

/**
 * Name candidates after an office title: "Foreign Minister Nikos Dendias", "Presidents Emmanuel
 * Macron and Joe Biden" (honorifics after the title are skipped); and before an apposition that
 * gives one: "said Jane Roe, a spokesperson for the ministry". Stateless and thread-safe.
 */
public final class TitledNames {
    /** A capitalized name right after an office title. */
    public static final double AFTER_TITLE = 0.85;
    /** The second name after a plural title ("Presidents X and Y"), of at least two tokens. */
    public static final double SECOND_AFTER_TITLE = 0.8;
    /** A name followed by a comma, an article and an office title ("Jane Roe, a spokesperson for"). */
    public static final double APPOSED_TITLE = 0.7;
    /** Most words of a name before a titled apposition. */
    private static final int MAX_APPOSED_NAME = 4;
    /** Most words between the apposition's article and its title. */
    private static final int APPOSITION_REACH = 6;
    private static final Set<String> DETERMINERS = Lexicon.lowerWords("determiners", "articles");
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
        apposed(tv, filter, found);
        return found;
    }

    /**
     * Names followed by an apposition that gives an office title: "said Jane Roe, a spokesperson
     * for the foreign ministry", "Jane Roe, the country's chief negotiator, said". The name has
     * two to four words and opens the sentence or follows a verb or a comma; "a", "an" or "the"
     * opens the apposition and a title comes within {@value #APPOSITION_REACH} words of it.
     */
    private static void apposed(TokenView tv, CandidateFilter filter, List<Candidate> found) {
        for (int comma = MIN_SECOND_NAME; comma < tv.size(); comma++) {
            if (!titledApposition(tv, comma)) {
                continue;
            }
            for (int i = comma - MIN_SECOND_NAME; i >= Math.max(0, comma - MAX_APPOSED_NAME); i--) {
                boolean opens = i == 0 || tv.get(i - 1).sentence() != tv.get(i).sentence()
                        || tv.pos(i - 1).startsWith("VB") || tv.word(i - 1).equals(",");
                if (opens && tv.capitalized(i) && NameBoundaries.nameEnd(tv, i) == comma) {
                    filter.add(found, i, comma, APPOSED_TITLE);
                    break;
                }
            }
        }
    }

    /** True when token {@code end} is ", " followed by "a", "an" or "the" and a title soon after. */
    private static boolean titledApposition(TokenView tv, int end) {
        if (end + 2 >= tv.size() || !tv.word(end).equals(",") || !DETERMINERS.contains(tv.lower(end + 1))) {
            return false;
        }
        int sentence = tv.get(end).sentence();
        for (int k = end + 2; k < Math.min(tv.size(), end + 2 + APPOSITION_REACH) && tv.get(k).sentence() == sentence; k++) {
            if (tv.word(k).equals(",")) {
                return false;
            }
            if (TitleLookup.at(tv, k) != null) {
                return true;
            }
        }
        return false;
    }
}
