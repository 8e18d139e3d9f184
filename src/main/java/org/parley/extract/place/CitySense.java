package org.parley.extract.place;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.gazetteer.Cities;
import org.parley.extract.gazetteer.City;

/**
 * Chooses which of the same-named cities a name means: a city of the context's country that is
 * not a small town ("Tripoli" in a Lebanese context); else a national capital ("Moscow" is never
 * the town in Idaho, even in a sentence about the US); else a well-known city of at least
 * {@link #WELL_KNOWN} people that bears the name as its own (not as an old or foreign alternate)
 * over a small town ("Geneva" in Switzerland, not in Illinois); else the small town of the
 * context's country; else the gazetteer's first sense. Stateless apart from the shared gazetteer; thread-safe.
 */
public final class CitySense {
    /** Population from which a city counts as well known and beats a small namesake. */
    static final long WELL_KNOWN = 100_000;
    /** Population under which a namesake in the context's country counts as a small town. */
    static final long SMALL_TOWN = 50_000;

    private final Cities cities;

    /** @param cities the city gazetteer */
    public CitySense(Cities cities) {
        this.cities = cities;
    }

    /**
     * @param name        a city name as written
     * @param countryHint ISO code of the country the context names, or null
     * @return the city the name most likely means, or empty when the gazetteer has none
     */
    public Optional<City> choose(String name, String countryHint) {
        List<City> all = cities.lookup(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Optional<City> hinted = inCountry(all, countryHint);
        if (hinted.isPresent() && hinted.get().population() >= SMALL_TOWN) {
            return hinted;
        }
        Optional<City> capital = all.stream().filter(cities::isCapital).findFirst();
        if (capital.isPresent()) {
            return capital;
        }
        City first = hinted.orElse(all.get(0));
        Optional<City> known = cities.lookupPrimary(name).stream()
                .max((a, b) -> Long.compare(a.population(), b.population()))
                .filter(c -> c.population() >= WELL_KNOWN && first.population() < SMALL_TOWN);
        return Optional.of(known.orElse(first));
    }

    private static Optional<City> inCountry(List<City> all, String countryHint) {
        if (countryHint == null) {
            return Optional.empty();
        }
        String cc = countryHint.toUpperCase(Locale.ROOT);
        return all.stream().filter(c -> c.countryCode().equals(cc)).findFirst();
    }
}
