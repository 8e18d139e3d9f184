package org.parley.extract.person;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;

/**
 * "Serbian and Kosovo PMs X and Y": two countries joined by "and" right before a plural title;
 * the first name takes the first country, the second name the second. Stateless and thread-safe.
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

    private static boolean country(AgentRef agent) {
        return agent != null && agent.kind() == AgentRef.Kind.COUNTRY;
    }
}
