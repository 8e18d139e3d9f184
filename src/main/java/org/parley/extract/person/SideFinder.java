package org.parley.extract.person;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Finds the side (country or organization) an office title belongs to: an agent inside the title
 * ("Kremlin spokesman") or just before it, across capitalized words, possessive marks and office
 * modifiers ({@code office-modifiers}: "Russia's top negotiator"), or a capital city standing
 * for its government ("Kiev military spokesman"). Stateless and thread-safe.
 */
public final class SideFinder {
    private static final Set<String> MODIFIERS = Lexicon.lowerWords("office-modifiers", "words");
    private static final Set<String> MARKS = Lexicon.words("office-modifiers", "marks");
    /** How far before a title its side may stand, in tokens. */
    private static final int MAX_DISTANCE = 4;

    private SideFinder() {
    }

    /**
     * @param tv   the article's tokens
     * @param refs the article's AGENTS
     * @return the agent mention covering each token, or null
     */
    public static AgentRef[] byToken(TokenView tv, List<AgentRef> refs) {
        AgentRef[] out = new AgentRef[tv.size()];
        for (AgentRef a : refs) {
            int from = tv.tokenAt(a.span().start());
            int to = tv.tokenAt(Math.max(a.span().start(), a.span().end() - 1));
            for (int i = Math.max(0, from); i >= 0 && i <= to; i++) {
                out[i] = a;
            }
        }
        return out;
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param k        index of the title's first token
     * @param end      index after the title
     * @param sentence the title's sentence
     * @return the side named inside the title tokens, else just before them ({@link Side#NONE})
     */
    public static Side within(TokenView tv, AgentRef[] agents, int k, int end, int sentence) {
        for (int j = k; j < end; j++) {
            if (agents[j] != null) {
                return sideAt(tv, agents, j);
            }
        }
        return before(tv, agents, k, sentence);
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param k        index of the title's first token
     * @param sentence the title's sentence
     * @return the side named just before token k ("Russian", "North Korea’s", "the White House"),
     *         or {@link Side#NONE}
     */
    public static Side before(TokenView tv, AgentRef[] agents, int k, int sentence) {
        for (int j = k - 1; j >= Math.max(0, k - MAX_DISTANCE) && tv.get(j).sentence() == sentence; j--) {
            if (agents[j] != null) {
                return sideAt(tv, agents, j);
            }
            String capitalOf = capitalCountry(tv, j);
            if (capitalOf != null) {
                return Side.country(capitalOf);
            }
            if (!mark(tv, j) && !tv.capitalized(j) && !MODIFIERS.contains(tv.lower(j))) {
                break;
            }
        }
        return Side.NONE;
    }

    /**
     * The side of the agent at token j, or of the longer country name or demonym that the
     * capitalized word before the agent makes with it ("North" and "Korean" in "North Korean").
     */
    static Side sideAt(TokenView tv, AgentRef[] agents, int j) {
        int first = j;
        while (first > 0 && agents[first - 1] == agents[j]) {
            first--;
        }
        if (first > 0 && agents[first - 1] == null && tv.capitalized(first - 1)
                && tv.get(first - 1).sentence() == tv.get(j).sentence()) {
            String wider = tv.word(first - 1) + " " + agents[j].text();
            Optional<String> code = countryOrDemonym(wider);
            if (code.isPresent()) {
                return Side.country(code.get());
            }
        }
        return Side.of(agents[j]);
    }

    /** A possessive or joining mark; also the "s" of an apostrophe written apart ("France’ s"). */
    private static boolean mark(TokenView tv, int j) {
        String tj = tv.get(j).text();
        return MARKS.contains(tj) || tj.equals("s") && j > 0 && tv.get(j - 1).text().endsWith("’");
    }

    /** The country whose capital token j names when it stands for a government ("Kiev military spokesman"). */
    private static String capitalCountry(TokenView tv, int j) {
        if (!tv.capitalized(j) || j + 1 >= tv.size() || tv.capitalized(j + 1)) {
            return null;
        }
        Gazetteers g = Gazetteers.get();
        return g.cities().best(tv.word(j), null).filter(g.cities()::isCapital).map(c -> c.countryCode()).orElse(null);
    }

    /**
     * @param word a capitalized word
     * @return the country it names or whose demonym it is ("Greece", "Greek" -> GR)
     */
    public static Optional<String> countryOrDemonym(String word) {
        Gazetteers gaz = Gazetteers.get();
        return gaz.countries().byName(word).or(() -> gaz.countries().byDemonym(word)).map(c -> c.code());
    }
}
