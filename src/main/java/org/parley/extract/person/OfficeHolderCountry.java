package org.parley.extract.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.OfficeHolders;
import org.parley.extract.gazetteer.OfficeTerm;

/**
 * The country of a known office-holder whom the article names without saying where they serve
 * ("the summit between Joe Biden and Vladimir Putin"), from {@link OfficeHolders}: a full name is
 * looked up among all countries at the publication date when it is known, else in any year (a
 * former president), else by first initial and last name among the countries the article names
 * (another spelling); a surname alone only among the countries the article names, at the
 * publication date. Only an unambiguous lookup (one country) gives a result. Stateless and thread-safe.
 */
public final class OfficeHolderCountry {
    /** A full name listed once among the office-holders of the publication year: near certain. */
    public static final double FULL_NAME = 0.85;
    /** A surname listed for one of the article's countries only: likely, but surnames are shared. */
    public static final double SURNAME = 0.7;
    /** A full name listed in other years only (a former or later office-holder, one country). */
    public static final double OTHER_YEARS = 0.75;
    /** A first initial and last name listed for one of the article's countries (another spelling). */
    public static final double INITIAL_SURNAME = 0.65;

    private OfficeHolderCountry() {
    }

    /** A country guessed for a person, with how sure the guess is. */
    public record Guess(String countryCode, double confidence) {
    }

    /**
     * @param name             the person's fullest name in the article
     * @param published        the article's publication date, or null
     * @param articleCountries ISO codes of the countries the article names
     * @return the country, when the lookup is unambiguous
     */
    public static Optional<Guess> find(String name, LocalDate published, Collection<String> articleCountries) {
        OfficeHolders holders = Gazetteers.get().officeHolders();
        if (name.trim().indexOf(' ') > 0) {
            List<OfficeTerm> now = holders.lookup(name, published);
            if (!now.isEmpty()) {
                return single(now).map(c -> new Guess(c, FULL_NAME));
            }
            List<OfficeTerm> ever = holders.lookup(name, null);
            if (!ever.isEmpty()) {
                return single(ever).map(c -> new Guess(c, OTHER_YEARS));
            }
            return single(holders.lookupInitialSurname(name, articleCountries, null))
                    .map(c -> new Guess(c, INITIAL_SURNAME));
        }
        return single(holders.lookupSurname(name, articleCountries, published)).map(c -> new Guess(c, SURNAME));
    }

    private static Optional<String> single(List<OfficeTerm> terms) {
        Set<String> codes = new LinkedHashSet<>();
        terms.forEach(t -> codes.add(t.countryCode()));
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }
}
