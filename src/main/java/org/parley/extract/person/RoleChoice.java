package org.parley.extract.person;

import java.util.Set;
import org.parley.extract.lexicon.Lexicon;

/**
 * Chooses a mention's role and side from the role before the name and the role after it: the
 * title before the name wins, unless it is a military rank ({@code military-ranks}) and the
 * apposition names an office ("Admiral X, Secretary of the Security Council"); the side before
 * the name wins over the one after it, which wins over an of-phrase's country. Stateless and
 * thread-safe.
 */
public final class RoleChoice {
    private static final Set<String> RANKS = Lexicon.words("military-ranks", "ranks");

    private RoleChoice() {
    }

    /**
     * @param before the role before the name, or null
     * @param after  the role after the name, or null
     * @return the role, or null
     */
    public static String role(RoleFact before, RoleFact after) {
        boolean afterRole = after != null && after.role() != null;
        if (before != null && before.role() != null && !(afterRole && RANKS.contains(before.role()))) {
            return before.role();
        }
        return after == null ? null : after.role();
    }

    /**
     * @param before    the role before the name, or null
     * @param after     the role after the name, or null
     * @param ofCountry the country of an of-phrase after the name, or null
     * @return the country, or null
     */
    public static String country(RoleFact before, RoleFact after, String ofCountry) {
        if (before != null && before.country() != null) {
            return before.country();
        }
        if (after != null && after.country() != null) {
            return after.country();
        }
        return ofCountry;
    }

    /**
     * @param before the role before the name, or null
     * @param after  the role after the name, or null
     * @return the organization, or null
     */
    public static String affiliation(RoleFact before, RoleFact after) {
        if (before != null && before.affiliation() != null) {
            return before.affiliation();
        }
        return after == null ? null : after.affiliation();
    }
}
