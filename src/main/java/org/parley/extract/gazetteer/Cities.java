package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * main name or a supplement name matches come first, then those matching only by an alternate name ("Olbia" is the
 * Italian town before Antalya, whose ancient name it also is); each group is ordered by population,
 * largest first. Immutable after construction and thread-safe.
 */
public final class Cities {

    private static final Comparator<City> BY_POPULATION =
            Comparator.comparingLong(City::population).reversed().thenComparing(City::geonamesId);

    private final Map<String, Object> primary;
    private final Map<String, Object> alternate;
    private final Set<String> capitals;
    private final int size;

    /** Supplement data for one id: extra names, and the place itself when GeoNames lacks it. */
    private static final class Extra {
        final List<String> names = new ArrayList<>();
        City place;
    }

    /** Loads the resources; prefer {@link Gazetteers#cities()}, which loads once. */
    Cities() {
        Map<String, Extra> extras = new LinkedHashMap<>();
        GazetteerResources.forEachLine("cities-supplement.tsv", line -> {
            Extra e = extras.computeIfAbsent(line.required(0), k -> new Extra());
            if (!line.col(1).isEmpty()) {
                e.names.add(line.col(1));
            }
            e.names.addAll(line.list(2));
            if (!line.col(3).isEmpty()) {
                Double lat = line.optDouble(5);
                Double lon = line.optDouble(6);
                if (lat == null || lon == null) {
                    throw line.error("a place needs lat and lon");
                }
                e.place = new City(line.required(0), line.required(1), line.list(2),
                        line.col(3).toUpperCase(Locale.ROOT), line.col(4).isEmpty() ? null : line.col(4),
                        lat, lon, line.optLong(7));
            }
        });
        Map<String, Object> prim = new HashMap<>(65_536);
        Map<String, Object> alt = new HashMap<>(262_144);
        Set<String> caps = new HashSet<>();
        Set<String> seen = new HashSet<>(32_768);
        GazetteerResources.forEachLine("cities.tsv.gz", line -> {
            String id = line.required(0);
            String name = line.required(1);
            Extra extra = extras.get(id);
            List<String> alts = new ArrayList<>(line.list(3));
            String ascii = line.col(2);
            if (!ascii.isEmpty() && !ascii.equals(name)) {
                alts.add(0, ascii);
            }
            if (extra != null) {
                for (String n : extra.names) {
                    if (!n.equals(name) && !alts.contains(n)) {
                        alts.add(n);
                    }
                }
            }
            Double lat = line.optDouble(6);
            Double lon = line.optDouble(7);
            if (lat == null || lon == null) {
                throw line.error("missing lat or lon");
            }
            String adm = line.col(5);
            City c = new City(id, name, alts, line.required(4), adm.isEmpty() ? null : adm, lat, lon,
                    line.optLong(8));
            if (line.col(9).equals("PPLC")) {
                caps.add(id);
            }
            seen.add(id);
            index(prim, alt, c, extra);
        });
        for (Map.Entry<String, Extra> e : extras.entrySet()) {
            if (!seen.contains(e.getKey())) {
                if (e.getValue().place == null) {
                    throw new IllegalStateException(GazetteerResources.DIR.substring(1) + "cities-supplement.tsv: id "
                            + e.getKey() + " is not in cities.tsv.gz and has no countryCode, lat and lon");
                }
                seen.add(e.getKey());
                index(prim, alt, e.getValue().place, e.getValue());
            }
        }
        prim.replaceAll((k, v) -> sorted(v, BY_POPULATION));
        alt.replaceAll((k, v) -> sorted(v, BY_POPULATION));
        this.primary = prim;
        this.alternate = alt;
        this.capitals = caps;
        this.size = seen.size();
    }

    /**
     * Main name and supplement names rank as primary names; other alternates rank after them. An
     * alternate that is only the first words of the main name ("North" for North Salt Lake) is a
     * truncation in the data, not a name: it is left out.
     */
    private static void index(Map<String, Object> prim, Map<String, Object> alt, City c, Extra extra) {
        String pk = NameKeys.key(c.name());
        add(prim, pk, c);
        if (extra != null) {
            for (String n : extra.names) {
                add(prim, NameKeys.key(n), c);
            }
        }
        for (String a : c.alternateNames()) {
            String ak = NameKeys.key(a);
            if (!ak.equals(pk) && !isLeadingWords(ak, pk)) {
                add(alt, ak, c);
            }
        }
    }

    private static boolean isLeadingWords(String part, String whole) {
        return !part.isEmpty() && whole.length() > part.length() && whole.startsWith(part)
                && !Character.isLetterOrDigit(whole.charAt(part.length()));
    }

    /** Adds a place under a key: one {@link City}, or an array when several places share the key. */
    static void add(Map<String, Object> map, String key, City c) {
        if (key.isEmpty()) {
            return;
        }
        Object old = map.putIfAbsent(key, c);
        if (old == null || old == c) {
            return;
        }
        if (old instanceof City o) {
            map.put(key, new City[] {o, c});
        } else {
            City[] arr = (City[]) old;
            for (City x : arr) {
                if (x == c) {
                    return;
                }
            }
            City[] grown = Arrays.copyOf(arr, arr.length + 1);
            grown[arr.length] = c;
            map.put(key, grown);
        }
    }

    /** @return the value with its places, when several, sorted in the given order */
    static Object sorted(Object v, Comparator<City> order) {
        if (v instanceof City[] arr) {
            Arrays.sort(arr, order);
        }
        return v;
    }

    /** @return the places of a value that {@link #add} stored, or none for null */
    static List<City> list(Object v) {
        if (v == null) {
            return List.of();
        }
        return v instanceof City c ? List.of(c) : List.of((City[]) v);
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
        List<City> p = list(primary.get(k));
        List<City> a = list(alternate.get(k));
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
     * @param name a place name in any case, with or without diacritics
     * @return the places whose main name or a supplement name it is, by population; empty when none
     */
    public List<City> lookupPrimary(String name) {
        String k = NameKeys.key(name);
        return k.isEmpty() ? List.of() : list(primary.get(k));
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
