package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.lexicon.Lexicon;

/**
 * First-level administrative regions of every country ({@code admin1.tsv}, generated from GeoNames
 * admin1 data with English names) and the hand-written {@code regions-supplement.tsv} (extra
 * spellings such as "Homel" or "Zaporizhzhia", and geographic regions such as "Donbas", "Black
 * Sea", "Balkans").
 *
 * <p>Lookup accepts "Gomel", "Gomel region", "Gomel Oblast", "the region of Brest" and similar:
 * a leading "the", a leading "region/province/oblast of" and a trailing generic word (region,
 * oblast, voblast, province, governorate, state, krai, district, rayon, prefecture, county,
 * territory) are stripped from both names and queries. An ambiguous key prefers names from the
 * hand-written supplement, then main GeoNames names over alternate names, then the region with
 * the larger population. Immutable after construction and thread-safe.
 */
public final class Regions {

    private static final Set<String> GENERIC_SUFFIXES = Lexicon.words("region-generics", "suffixes");
    private static final List<String> GENERIC_PREFIXES = List.of("the ", "region of ", "province of ",
            "oblast of ", "governorate of ", "state of ", "district of ", "autonomous republic of ",
            "republic of ", "muhafazat ", "wilayat ");

    private record Hit(Region region, int score, long population) {
    }

    private static final Comparator<Hit> RANK = Comparator.comparingInt(Hit::score)
            .thenComparing(Comparator.comparingLong(Hit::population).reversed())
            .thenComparing(h -> h.region().id());

    private final Map<String, Region> byId;
    private final Map<String, List<Region>> index;

    private static final class Draft {
        String id;
        String name;
        final Set<String> dataNames = new LinkedHashSet<>();
        final Set<String> handNames = new LinkedHashSet<>();
        String country;
        String kind;
        Double lat;
        Double lon;
        String geonamesId;
        long population;
        boolean hand;
    }

    /** Loads the resources; prefer {@link Gazetteers#regions()}, which loads once. */
    Regions() {
        Map<String, Draft> drafts = new LinkedHashMap<>(8192);
        GazetteerResources.forEachLine("admin1.tsv", line -> {
            Draft d = new Draft();
            d.id = line.required(0);
            d.name = line.required(1);
            d.dataNames.addAll(line.list(2));
            d.country = line.required(3).toUpperCase(Locale.ROOT);
            d.kind = "admin1";
            d.lat = line.optDouble(4);
            d.lon = line.optDouble(5);
            d.geonamesId = line.col(6).isEmpty() ? null : line.col(6);
            d.population = line.optLong(7);
            drafts.put(d.id, d);
        });
        GazetteerResources.forEachLine("regions-supplement.tsv", line -> {
            String id = line.required(0);
            Draft d = drafts.get(id);
            if (d == null) {
                d = new Draft();
                d.id = id;
                d.name = line.required(1);
                d.country = line.col(3).isEmpty() ? null : line.col(3).toUpperCase(Locale.ROOT);
                d.kind = line.required(4);
                if (!d.kind.equals("admin1") && !d.kind.equals("geographic")) {
                    throw line.error("kind must be admin1 or geographic, not '" + d.kind + "'");
                }
                d.lat = line.optDouble(5);
                d.lon = line.optDouble(6);
                d.hand = true;
                drafts.put(id, d);
            } else if (!line.col(1).isEmpty()) {
                d.handNames.add(line.col(1));
            }
            d.handNames.addAll(line.list(2));
        });
        Map<String, Region> ids = new LinkedHashMap<>();
        Map<String, Map<Region, Hit>> hits = new HashMap<>(drafts.size() * 8);
        for (Draft d : drafts.values()) {
            Set<String> alts = new LinkedHashSet<>(d.dataNames);
            alts.addAll(d.handNames);
            alts.remove(d.name);
            Region r = new Region(d.id, d.name, new ArrayList<>(alts), d.country, d.kind, d.lat, d.lon,
                    d.geonamesId);
            ids.put(r.id(), r);
            indexName(hits, r, d.name, d.hand ? 0 : 1, d.hand ? 0 : 2, d.population);
            for (String a : d.handNames) {
                indexName(hits, r, a, 0, 0, d.population);
            }
            for (String a : d.dataNames) {
                indexName(hits, r, a, d.hand ? 0 : 3, d.hand ? 0 : 3, d.population);
            }
        }
        Map<String, List<Region>> idx = new HashMap<>(hits.size() * 2);
        hits.forEach((k, m) -> {
            List<Hit> list = new ArrayList<>(m.values());
            list.sort(RANK);
            idx.put(k, list.stream().map(Hit::region).toList());
        });
        this.byId = ids;
        this.index = idx;
    }

    private static void indexName(Map<String, Map<Region, Hit>> hits, Region r, String name, int fullScore,
                                  int strippedScore, long population) {
        String full = NameKeys.key(name);
        if (full.isEmpty()) {
            return;
        }
        put(hits, full, new Hit(r, fullScore, population));
        for (String form : forms(full)) {
            if (!form.equals(full)) {
                put(hits, form, new Hit(r, strippedScore, population));
            }
        }
    }

    private static void put(Map<String, Map<Region, Hit>> hits, String key, Hit hit) {
        hits.computeIfAbsent(key, k -> new HashMap<>(2)).merge(hit.region(), hit,
                (a, b) -> a.score() <= b.score() ? a : b);
    }

    /** @return the key followed by its forms without generic prefixes and suffixes */
    static List<String> forms(String key) {
        List<String> out = new ArrayList<>(3);
        out.add(key);
        String s = key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String p : GENERIC_PREFIXES) {
                if (s.startsWith(p) && s.length() > p.length()) {
                    s = s.substring(p.length());
                    changed = true;
                }
            }
            int space = s.lastIndexOf(' ');
            if (space > 0 && GENERIC_SUFFIXES.contains(s.substring(space + 1))) {
                s = s.substring(0, space);
                changed = true;
            } else if (space > 0) {
                int prev = s.lastIndexOf(' ', space - 1);
                if (prev > 0 && GENERIC_SUFFIXES.contains(s.substring(prev + 1))) {
                    s = s.substring(0, prev);
                    changed = true;
                }
            }
            if (changed && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** @return number of regions */
    public int size() {
        return byId.size();
    }

    /**
     * @param id a region id ("BY.02", "geo:donbas")
     * @return the region, or empty
     */
    public Optional<Region> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param name a region name, with or without "region"/"oblast"/... or "region of"
     * @return the best-ranked region, or empty
     */
    public Optional<Region> lookup(String name) {
        return lookup(name, null);
    }

    /**
     * @param name              a region name
     * @param countryCodeOrNull ISO alpha-2 code suggested by the context, or null
     * @return the best-ranked region in the hinted country, else the best-ranked region
     */
    public Optional<Region> lookup(String name, String countryCodeOrNull) {
        List<Region> all = candidates(name);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (countryCodeOrNull != null) {
            String cc = countryCodeOrNull.toUpperCase(Locale.ROOT);
            for (Region r : all) {
                if (cc.equals(r.countryCode())) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.of(all.get(0));
    }

    /**
     * @param name a region name
     * @return every region matching the first form of the name that matches anything, best first
     */
    public List<Region> candidates(String name) {
        String k = NameKeys.key(name);
        if (k.isEmpty()) {
            return List.of();
        }
        for (String form : forms(k)) {
            List<Region> list = index.get(form);
            if (list != null) {
                return list;
            }
        }
        return List.of();
    }
}
