package org.parley.extract.person;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;

/**
 * "Serbian and Kosovo PMs X and Y", "the foreign ministers of Greece and Chile, X and Y": two
 * countries joined by "and" right before a plural title or in the title's of-phrase; the first
 * name takes the first country, the second name the second. Stateless and thread-safe.
 */
public final class PairedCountries {

    /**
     * The two countries, in the order written.
     *
     * @param first  country code of the first name
     * @param second country code of the second name
     */
    public record CountryPair(String first, String second) {
    }

    private PairedCountries() {
    }

    /**
     * @param tv     the article's tokens
     * @param agents the agent covering each token
     * @param title  index of the plural title's first token
     * @return the pair, or empty when the title is not preceded by "country and country"
     */
    public static Optional<CountryPair> find(TokenView tv, AgentRef[] agents, int title) {
        if (title < 3 || !tv.word(title).endsWith("s") || !country(agents[title - 1])) {
            return Optional.empty();
        }
        int b = tv.tokenAt(agents[title - 1].span().start());
        if (b < 2 || !tv.lower(b - 1).equals("and") || !country(agents[b - 2])
                || tv.get(b - 2).sentence() != tv.get(title).sentence()) {
            return Optional.empty();
        }
        return Optional.of(new CountryPair(agents[b - 2].countryCode(), agents[title - 1].countryCode()));
    }

    /**
     * @param tv     the article's tokens
     * @param agents the agent covering each token
     * @param fact   a title's role fact (its evidence tokens hold the title and its tail)
     * @return the pair before the title, else the pair of "of country and country" in its tail
     */
    public static Optional<CountryPair> around(TokenView tv, AgentRef[] agents, RoleFact fact) {
        Optional<CountryPair> before = find(tv, agents, fact.from());
        if (before.isPresent()) {
            return before;
        }
        for (int j = fact.from(); j + 1 < Math.min(fact.to(), tv.size()); j++) {
            if (tv.lower(j).equals("of") && country(agents[j + 1])) {
                int a = tv.tokenAt(Math.max(0, agents[j + 1].span().end() - 1)) + 1;
                if (a + 1 < Math.min(fact.to(), tv.size()) && tv.lower(a).equals("and") && country(agents[a + 1])) {
                    return Optional.of(new CountryPair(agents[j + 1].countryCode(), agents[a + 1].countryCode()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean country(AgentRef agent) {
        return agent != null && agent.kind() == AgentRef.Kind.COUNTRY;
    }
}
