package org.parley.extract.person;

import java.util.List;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Title;
import org.parley.extract.lexicon.Lexicon;

/**
 * The prepositional tail between an office title and a name: "of Kazakhstan", "to the Republic of
 * Kazakhstan", "for the Middle East and Africa at the Foreign Ministry of Turkey" ({@code
 * title-tails}). Stateless and thread-safe.
 */
public final class TitleTails {
    /** Longest prepositional tail between a title and a name, in tokens. */
    public static final int MAX_TAIL = 12;
    /** How many tokens before a tail a title may start, beyond the tail itself. */
    public static final int MAX_TITLE_BEFORE_TAIL = 4;
    private static final Set<String> PREPOSITIONS = Lexicon.lowerWords("title-tails", "prepositions");
    private static final Set<String> WORDS = Lexicon.lowerWords("title-tails", "prepositions", "joiners");

    private TitleTails() {
    }

    /**
     * True when tokens [from, to) are a tail: it starts with a preposition, ends with a
     * capitalized word (or a closing bracket), and holds only capitalized words and the function
     * words of such names, no honorific.
     *
     * @param tv   the article's tokens
     * @param from index after the title
     * @param to   index of the name's first token
     * @return whether the tokens between are a title's tail
     */
    public static boolean isTail(TokenView tv, int from, int to) {
        if (to - from < 2 || to - from > MAX_TAIL || !PREPOSITIONS.contains(tv.lower(from))
                || !tv.capitalized(to - 1) && !tv.word(to - 1).equals(")")
                || tv.get(from).sentence() != tv.get(to).sentence()) {
            return false;
        }
        for (int j = from + 1; j < to; j++) {
            String w = tv.lower(j);
            if (!tv.capitalized(j) && !WORDS.contains(w) || Gazetteers.get().titles().isHonorific(tv.word(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param tv     the article's tokens
     * @param agents the agent covering each token
     * @param from   index of the tail's first token
     * @param to     index after the tail
     * @return the first country named after "of" in the tail ("President of Kazakhstan"), or null
     */
    public static String countryInOfPhrase(TokenView tv, AgentRef[] agents, int from, int to) {
        boolean of = false;
        for (int j = from; j < to; j++) {
            if (PREPOSITIONS.contains(tv.lower(j))) {
                of = tv.lower(j).equals("of");
            } else if (of && agents[j] != null && agents[j].kind() == AgentRef.Kind.COUNTRY) {
                return agents[j].countryCode();
            }
        }
        return null;
    }

    /**
     * @param tv the article's tokens
     * @param i  a token index
     * @return true when a title, with or without a tail, ends right before token i
     */
    public static boolean titleEndsAt(TokenView tv, int i) {
        for (int k = Math.max(0, i - MAX_TAIL - MAX_TITLE_BEFORE_TAIL); k < i; k++) {
            Title t = TitleLookup.at(tv, k);
            if (t != null && (k + t.tokenCount() == i || k + t.tokenCount() < i && isTail(tv, k + t.tokenCount(), i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param tv    the article's tokens
     * @param end   index after a title
     * @param named the named people
     * @return true when a tail follows the title and a named person follows the tail
     */
    public static boolean beforeName(TokenView tv, int end, List<PersonMention> named) {
        for (PersonMention p : named) {
            int start = tv.tokenAt(p.span().start());
            if (start > end && start - end <= MAX_TAIL && isTail(tv, end, start)) {
                return true;
            }
        }
        return false;
    }
}
