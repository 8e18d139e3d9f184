package org.parley.extract.person;

import java.util.Optional;
import org.parley.article.AgentRef;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * "Mevlut Cavusoglu of Turkey", "Kim Jong Un of North Korea", "Joe Biden of the United States":
 * the country named by "of" and a country's name (one or more words, an optional "the" first)
 * right after the name, in the same sentence. Stateless and thread-safe.
 */
public final class CountryOfPhrase {

    private CountryOfPhrase() {
    }

    /**
     * @param tv     the article's tokens
     * @param agents the agent covering each token
     * @param nameTo index after the name
     * @return the country's code, or empty
     */
    public static Optional<String> find(TokenView tv, AgentRef[] agents, int nameTo) {
        if (nameTo + 1 >= tv.size() || !tv.lower(nameTo).equals("of")) {
            return Optional.empty();
        }
        int j = tv.lower(nameTo + 1).equals("the") ? nameTo + 2 : nameTo + 1;
        if (j >= tv.size() || !tv.capitalized(j) || tv.get(j).sentence() != tv.get(nameTo).sentence()) {
            return Optional.empty();
        }
        AgentRef a = agents[j];
        if (a != null && a.kind() == AgentRef.Kind.COUNTRY && a.form() == AgentRef.Form.NAME) {
            return Optional.of(a.countryCode());
        }
        return Gazetteers.get().countries().byName(tv.word(j)).map(c -> c.code());
    }
}
