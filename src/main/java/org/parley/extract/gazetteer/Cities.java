package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * World cities by any of their names, from {@code cities.tsv.gz} (GeoNames cities with at least
 * 15,000 inhabitants, with Latin-script alternate names) and the hand-written
 * {@code cities-supplement.tsv} (extra spellings and small places that matter, such as border
 * crossings).
 *
 * <p>Lookup uses {@link NameKeys#key}, so case and diacritics do not matter. Candidates whose
 * main name matches come first, then those matching only by an alternate name ("Olbia" is the
 * Italian town before Antalya, whose ancient name it also is); each group is ordered by population,
 * largest first. Immutable after construction and thread-safe.
 */
public final class Cities {

    private static final Comparator<City> BY_POPULATION =
            Comparator.comparingLong(City::population).reversed().thenComparing(City::geonamesId);

    private final Map<String, List<City>> primary;
    private final Map<String, List<City>> alternate;
    private final Set<String> capitals;
    private final int size;

    private static final class Draft {
        String id;
        String name;
        final Set<String> alternates = new LinkedHashSet<>();
        String country;
        String admin1;
        double lat;
        double lon;
        long population;
    }

    /** Loads the resources; prefer {@link Gazetteers#cities()}, which loads once. */
    Cities() {
        Map<String, Draft> drafts = new LinkedHashMap<>(32_768);
        Set<String> caps = new HashSet<>();
        GazetteerResources.forEachLine("cities.tsv.gz", line -> {
            Draft d = new Draft();
            d.id = line.required(0);
            d.name = line.required(1);
            String ascii = line.col(2);
            if (!ascii.isEmpty() && !ascii.equals(d.name)) {
                d.alternates.add(ascii);
            }
            d.alternates.addAll(line.list(3));
            fill(d, line, 4);
            if (line.col(9).equals("PPLC")) {
                caps.add(d.id);
            }
            drafts.put(d.id, d);
        });
        GazetteerResources.forEachLine("cities-supplement.tsv", line -> {
            String id = line.required(0);
            Draft d = drafts.get(id);
            if (d == null) {
                d = new Draft();
                d.id = id;
                d.name = line.required(1);
                fill(d, line, 3);
                if (d.country.isEmpty() || line.optDouble(5) == null || line.optDouble(6) == null) {
                    throw line.error("a new place needs countryCode, lat and lon");
                }
                drafts.put(id, d);
            } else if (!line.col(1).isEmpty() && !line.col(1).equals(d.name)) {
                d.alternates.add(line.col(1));
            }
            d.alternates.addAll(line.list(2));
        });
        Map<String, List<City>> prim = new HashMap<>(drafts.size() * 2);
        Map<String, List<City>> alt = new HashMap<>(drafts.size() * 8);
        for (Draft d : drafts.values()) {
            d.alternates.remove(d.name);
            City c = new City(d.id, d.name, new ArrayList<>(d.alternates), d.country,
                    d.admin1.isEmpty() ? null : d.admin1, d.lat, d.lon, d.population);
            String pk = NameKeys.key(c.name());
            prim.computeIfAbsent(pk, k -> new ArrayList<>(1)).add(c);
            for (String a : c.alternateNames()) {
                String ak = NameKeys.key(a);
                if (!ak.isEmpty() && !ak.equals(pk)) {
                    List<City> list = alt.computeIfAbsent(ak, k -> new ArrayList<>(1));
                    if (list.isEmpty() || list.get(list.size() - 1) != c) {
                        list.add(c);
                    }
                }
            }
        }
        prim.replaceAll((k, v) -> sorted(v));
        alt.replaceAll((k, v) -> sorted(v));
        this.primary = prim;
        this.alternate = alt;
        this.capitals = caps;
        this.size = drafts.size();
    }

    private static void fill(Draft d, GazetteerResources.Line line, int from) {
        d.country = line.col(from).toUpperCase(Locale.ROOT);
        d.admin1 = line.col(from + 1);
        Double lat = line.optDouble(from + 2);
        Double lon = line.optDouble(from + 3);
        d.lat = lat == null ? Double.NaN : lat;
        d.lon = lon == null ? Double.NaN : lon;
        d.population = line.optLong(from + 4);
    }

    private static List<City> sorted(List<City> list) {
        if (list.size() > 1) {
            list.sort(BY_POPULATION);
        }
        return List.copyOf(list);
    }

    /** @return number of places loaded */
    public int size() {
        return size;
    }

    /**
     * @param name a place name in any case, with or without diacritics
     * @return matching places: main-name matches by population, then alternate-name matches by
     *         population; empty when none
     */
    public List<City> lookup(String name) {
        String k = NameKeys.key(name);
        if (k.isEmpty()) {
            return List.of();
        }
        List<City> p = primary.getOrDefault(k, List.of());
        List<City> a = alternate.getOrDefault(k, List.of());
        if (a.isEmpty()) {
            return p;
        }
        if (p.isEmpty()) {
            return a;
        }
        List<City> out = new ArrayList<>(p);
        for (City c : a) {
            if (!p.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param name              a place name
     * @param countryCodeOrNull ISO alpha-2 code of the country the context suggests, or null
     * @return the first {@link #lookup} result in the hinted country, else the first result
     */
    public Optional<City> best(String name, String countryCodeOrNull) {
        List<City> all = lookup(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (countryCodeOrNull != null) {
            String cc = countryCodeOrNull.toUpperCase(Locale.ROOT);
            for (City c : all) {
                if (c.countryCode().equals(cc)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.of(all.get(0));
    }

    /**
     * @param city a city from this gazetteer
     * @return true when GeoNames marks it as a national capital (feature code PPLC)
     */
    public boolean isCapital(City city) {
        return capitals.contains(city.geonamesId());
    }
}
