package org.parley.extract.person;

import java.util.List;
import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Title;
import org.parley.extract.lexicon.Lexicon;

/**
 * "Lavrov met his Turkish counterpart Mevlut Cavusoglu": a name right after "counterpart"
 * ({@code counterparts}) takes the role of the titled person named before it in the sentence,
 * and the side named before "counterpart". Stateless and thread-safe.
 */
public final class CounterpartRole {
    private static final List<String> PREFIXES = Lexicon.entries("counterparts", "prefixes");
    /** How many tokens a title before the other person's name may have. */
    private static final int MAX_TITLE = 5;

    private CounterpartRole() {
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param nameFrom index of the name's first token
     * @return the role (may be null) and side, with "counterpart" as evidence; empty when the
     *         name does not follow "counterpart"
     */
    public static Optional<RoleFact> find(TokenView tv, AgentRef[] agents, int nameFrom) {
        if (nameFrom <= 0 || PREFIXES.stream().noneMatch(tv.lower(nameFrom - 1)::startsWith)) {
            return Optional.empty();
        }
        int sentence = tv.get(nameFrom).sentence();
        Side side = SideFinder.before(tv, agents, nameFrom - 1, sentence);
        return Optional.of(new RoleFact(otherRole(tv, nameFrom - 1, sentence), side, nameFrom - 1, nameFrom));
    }

    /** The role of the person named with a title before "counterpart" in the same sentence. */
    private static String otherRole(TokenView tv, int counterpart, int sentence) {
        for (int k = counterpart - 1; k >= 0 && tv.get(k).sentence() == sentence; k--) {
            for (int start = Math.max(0, k - MAX_TITLE); start < k; start++) {
                Title t = TitleLookup.at(tv, start);
                if (t != null && start + t.tokenCount() == k + 1 && tv.capitalized(k + 1)) {
                    return t.role();
                }
            }
        }
        return null;
    }
}
