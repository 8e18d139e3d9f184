package org.parley.extract.person;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;

/**
 * An office title set off from the name by a comma ("US ambassador to Russia, John Doe", "the
 * country's foreign minister, Ana Pinto"): the title, its side and tail as {@link RoleBeforeName}
 * reads them, ending right before the comma. Stateless and thread-safe.
 */
public final class TitleBeforeComma {

    private TitleBeforeComma() {
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param nameFrom index of the name's first token
     * @return the role, side and title tokens; empty when no title and comma precede the name
     */
    public static Optional<RoleFact> find(TokenView tv, AgentRef[] agents, int nameFrom) {
        int comma = nameFrom - 1;
        if (comma < 1 || !tv.word(comma).equals(",") || tv.get(comma).sentence() != tv.get(nameFrom).sentence()) {
            return Optional.empty();
        }
        return RoleBeforeName.find(tv, agents, comma);
    }
}
