package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * People named as members of a country's group ({@code group-members}): "other senior Chilean
 * officials, such as his chief of staff X and Y" gives X and Y Chile. The group is a country (name
 * or demonym) right before a plural people noun, then an introducer, then the people, in one
 * sentence with no other country between. Stateless and thread-safe.
 */
public final class GroupMembers {
    private static final Set<String> NOUNS = Lexicon.lowerWords("group-members", "nouns");
    private static final List<String[]> INTRODUCERS = introducers();
    /** Most modifier tokens between the country and the noun ("Chilean senior officials"). */
    private static final int MAX_BETWEEN = 2;

    private GroupMembers() {
    }

    private static List<String[]> introducers() {
        List<String[]> out = new ArrayList<>();
        for (String w : Lexicon.lowerWords("group-members", "introducers")) {
            out.add(w.split(" "));
        }
        return out;
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param mentions the article's person mentions
     * @return the mentions, members without a side given their group's country
     */
    public static List<PersonMention> apply(TokenView tv, AgentRef[] agents, List<PersonMention> mentions) {
        List<PersonMention> out = new ArrayList<>(mentions.size());
        for (PersonMention m : mentions) {
            String c = m.countryCode() != null || m.affiliation() != null ? null
                    : groupCountry(tv, agents, tv.tokenAt(m.span().start()));
            out.add(c == null ? m : new PersonMention(m.span(), m.text(), m.name(), m.role(), c, null, m.confidence()));
        }
        return out;
    }

    private static String groupCountry(TokenView tv, AgentRef[] agents, int from) {
        if (from < 0) {
            return null;
        }
        int sentence = tv.get(from).sentence();
        for (int j = from - 1; j >= 0 && tv.get(j).sentence() == sentence; j--) {
            if (agents[j] != null && agents[j].kind() == AgentRef.Kind.COUNTRY) {
                return groupAfter(tv, j) ? SideFinder.sideAt(tv, agents, j).country() : null;
            }
        }
        return null;
    }

    /** True when a people noun and an introducer follow the country ending at token j. */
    private static boolean groupAfter(TokenView tv, int j) {
        for (int n = j + 1; n <= j + 1 + MAX_BETWEEN && n < tv.size(); n++) {
            if (NOUNS.contains(tv.lower(n))) {
                int k = n + 1 < tv.size() && tv.word(n + 1).equals(",") ? n + 2 : n + 1;
                return introducedAt(tv, k);
            }
        }
        return false;
    }

    private static boolean introducedAt(TokenView tv, int k) {
        for (String[] words : INTRODUCERS) {
            boolean all = k + words.length <= tv.size();
            for (int w = 0; all && w < words.length; w++) {
                all = tv.lower(k + w).equals(words[w]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
