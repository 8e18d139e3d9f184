package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Small towns, from {@code towns.tsv.gz}: GeoNames populated places with 1,000 to 14,999
 * inhabitants, and places of a newer GeoNames export that lack an id and a population there
 * (resorts such as a merged alpine municipality). Far more ambiguous than {@link Cities}
 * (thousands of names are also words, surnames or towns in several countries), so callers use
 * it only where the text already says that a place follows ("the resort of X", "talks in X").
 *
 * <p>Lookup uses {@link NameKeys#key}, so case and diacritics do not matter; candidates come
 * ordered by population, largest first. Immutable after construction and thread-safe.
 */
public final class Towns {

    private static final Comparator<City> BY_POPULATION = Comparator.comparingLong(City::population).reversed()
            .thenComparing(City::countryCode).thenComparing(City::name);

    private final Map<String, Object> byKey;
    private final int size;

    /** Loads the resource; prefer {@link Gazetteers#towns()}, which loads once. */
    Towns() {
        Map<String, Object> map = new HashMap<>(262_144);
        int[] count = {0};
        GazetteerResources.forEachLine("towns.tsv.gz", line -> {
            Double lat = line.optDouble(5);
            Double lon = line.optDouble(6);
            if (lat == null || lon == null) {
                throw line.error("missing lat or lon");
            }
            String id = line.col(0);
            String adm = line.col(4);
            String ascii = line.col(2);
            City c = new City(id.isEmpty() ? null : id, line.required(1), ascii.isEmpty() ? List.of() : List.of(ascii),
                    line.required(3).toUpperCase(Locale.ROOT), adm.isEmpty() ? null : adm, lat, lon, line.optLong(7));
            Cities.add(map, NameKeys.key(c.name()), c);
            if (!ascii.isEmpty()) {
                Cities.add(map, NameKeys.key(ascii), c);
            }
            count[0]++;
        });
        map.replaceAll((k, v) -> Cities.sorted(v, BY_POPULATION));
        this.byKey = map;
        this.size = count[0];
    }

    /** @return number of towns loaded */
    public int size() {
        return size;
    }

    /**
     * @param name a town name in any case, with or without diacritics
     * @return matching towns, largest first; empty when none
     */
    public List<City> lookup(String name) {
        return Cities.list(byKey.get(NameKeys.key(name)));
    }

    /**
     * The one town a name can mean: the largest in the hinted country when the hint is given
     * (nothing when the country has no such town), else the only country's largest town when
     * every candidate lies in one country.
     *
     * @param name              a town name
     * @param countryCodeOrNull ISO alpha-2 code of the country the context names, or null
     * @return the town, or empty when there is none or the name is ambiguous between countries
     */
    public Optional<City> unambiguous(String name, String countryCodeOrNull) {
        List<City> all = lookup(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (countryCodeOrNull != null) {
            String cc = countryCodeOrNull.toUpperCase(Locale.ROOT);
            return all.stream().filter(c -> c.countryCode().equals(cc)).findFirst();
        }
        List<String> countries = new ArrayList<>();
        for (City c : all) {
            if (!countries.contains(c.countryCode())) {
                countries.add(c.countryCode());
            }
        }
        return countries.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }
}
