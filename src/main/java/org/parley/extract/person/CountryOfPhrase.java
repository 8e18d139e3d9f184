package org.parley.extract.person;

import java.util.Optional;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * "Mevlut Cavusoglu of Turkey": the country named by "of" and a capitalized country name right
 * after the name, in the same sentence. Stateless and thread-safe.
 */
public final class CountryOfPhrase {

    private CountryOfPhrase() {
    }

    /**
     * @param tv     the article's tokens
     * @param nameTo index after the name
     * @return the country's code, or empty
     */
    public static Optional<String> find(TokenView tv, int nameTo) {
        if (nameTo + 1 < tv.size() && tv.lower(nameTo).equals("of") && tv.capitalized(nameTo + 1)
                && tv.get(nameTo + 1).sentence() == tv.get(nameTo).sentence()) {
            return Gazetteers.get().countries().byName(tv.word(nameTo + 1)).map(c -> c.code());
        }
        return Optional.empty();
    }
}
