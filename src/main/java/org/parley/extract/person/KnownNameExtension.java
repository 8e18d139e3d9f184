package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;

/**
 * Extends a name by the capitalized word after it when the longer name is a known office-holder's
 * ({@link org.parley.extract.gazetteer.OfficeHolders}): "Moon Jae In", whose last word is
 * otherwise a stop word. Stateless and thread-safe.
 */
public final class KnownNameExtension {

    private KnownNameExtension() {
    }

    /**
     * @param tv         the article's tokens
     * @param candidates the names found
     * @return the names, those a known office-holder's name continues extended by one token
     */
    public static List<Candidate> apply(TokenView tv, List<Candidate> candidates) {
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int next = c.to();
            boolean extend = c.full() && next < tv.size() && tv.capitalized(next)
                    && tv.get(next).sentence() == tv.get(c.from()).sentence()
                    && Gazetteers.get().officeHolders().lookup(FullNames.written(tv, c.from(), c.to())).isEmpty()
                    && !Gazetteers.get().officeHolders().lookup(FullNames.written(tv, c.from(), next + 1)).isEmpty();
            out.add(extend ? new Candidate(c.from(), next + 1, c.confidence()) : c);
        }
        return out;
    }
}
