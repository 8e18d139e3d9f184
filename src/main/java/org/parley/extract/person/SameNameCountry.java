package org.parley.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parley.article.PersonMention;

/**
 * Shares a person's country among all the article's mentions of that person (by full name, so a
 * surname alone takes the country of "Lebanese President Michel Aoun" given earlier): the country
 * most of the person's mentions state, the first stated on a tie. A person no mention gives a
 * side to takes the fallback's country (a known office-holder); a person some mention ties to an
 * organization (a UN envoy, a rebel leader) gets no country. Stateless and thread-safe.
 */
public final class SameNameCountry {
    /** A country another mention of the same person states: as sure as that mention. */
    private static final double STATED = 1.0;

    private SameNameCountry() {
    }

    /**
     * @param mentions the article's person mentions
     * @param fallback a person's full name to a guessed country when the text gives none, or empty
     * @return the mentions, those without a side given their person's country, in the same order; a
     *         guessed country lowers the mention's confidence to the guess's
     */
    public static List<PersonMention> apply(List<PersonMention> mentions, Function<String, Optional<OfficeHolderCountry.Guess>> fallback) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, Boolean> affiliated = new HashMap<>();
        for (PersonMention m : mentions) {
            if (m.countryCode() != null) {
                votes.computeIfAbsent(m.name(), k -> new LinkedHashMap<>()).merge(m.countryCode(), 1, Integer::sum);
            } else if (m.affiliation() != null) {
                affiliated.put(m.name(), true);
            }
        }
        Map<String, Optional<OfficeHolderCountry.Guess>> chosen = new HashMap<>();
        List<PersonMention> out = new ArrayList<>(mentions.size());
        for (PersonMention m : mentions) {
            if (m.countryCode() != null || m.affiliation() != null) {
                out.add(m);
                continue;
            }
            Optional<OfficeHolderCountry.Guess> country = chosen.computeIfAbsent(m.name(), n -> votes.containsKey(n)
                    ? Optional.of(new OfficeHolderCountry.Guess(mostStated(votes.get(n)), STATED))
                    : affiliated.containsKey(n) ? Optional.empty() : fallback.apply(n));
            out.add(country.map(g -> new PersonMention(m.span(), m.text(), m.name(), m.role(), g.countryCode(), null,
                    Math.min(m.confidence(), g.confidence()))).orElse(m));
        }
        return out;
    }

    private static String mostStated(Map<String, Integer> votes) {
        String best = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
