package org.parley.extract.person;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;

/**
 * A country's possessive right before a name, with no title between ("Britain's Jane Roe",
 * "Ukraine’s Ivan Petrenko"): the person represents that country. Only a country named by its
 * name counts, not a capital or an institution ("Moscow's", "the Kremlin's"). Stateless and
 * thread-safe.
 */
public final class CountryPossessive {

    private CountryPossessive() {
    }

    /**
     * @param tv       the article's tokens
     * @param agents   the agent covering each token
     * @param nameFrom index of the name's first token
     * @return the country as a side, without a role; empty when no country's possessive precedes the name
     */
    public static Optional<RoleFact> find(TokenView tv, AgentRef[] agents, int nameFrom) {
        int k = nameFrom - 1;
        if (k < 0 || tv.get(k).sentence() != tv.get(nameFrom).sentence()) {
            return Optional.empty();
        }
        if (!tv.possessive(k)) {
            return Optional.empty();
        }
        int owner = tv.get(k).text().length() <= 2 ? k - 1 : k;
        AgentRef a = owner < 0 ? null : agents[owner];
        if (a == null || a.kind() != AgentRef.Kind.COUNTRY || a.form() != AgentRef.Form.NAME) {
            return Optional.empty();
        }
        return Optional.of(new RoleFact(null, Side.country(a.countryCode()), tv.tokenAt(a.span().start()), nameFrom));
    }
}
