package org.parley.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries by code, name and demonym, from {@code countries.tsv} (generated from npm packages)
 * and the hand-written {@code countries-supplement.tsv}.
 *
 * <p>Names and demonyms are looked up by {@link NameKeys#key}, so case and diacritics do not
 * matter ("Turkiye" = "Türkiye") and a leading "the" is ignored. Aliases written entirely in
 * capitals ("US", "UK", "DRC", "U.S.") are acronyms: they match only when the query is written
 * in the same capitals, so "us" is not the United States. An ambiguous key resolves to the code
 * named by a {@code prefer} line of the supplement, else to a sovereign state before partially
 * recognized states and territories ("Congolese" resolves to CD, documented in the supplement).
 * Immutable after construction and thread-safe.
 */
public final class Countries {

    private enum Status { SOVEREIGN, PARTIAL, TERRITORY }

    private final Map<String, Country> byCode;
    private final Map<String, Status> status;
    private final Map<String, Country> nameKeys;
    private final Map<String, Country> nameAcronyms;
    private final Map<String, Country> demonymKeys;
    private final Map<String, Country> demonymAcronyms;

    private static final class Draft {
        String code;
        Status status;
        String name;
        String official;
        final List<String> names = new ArrayList<>();
        final List<String> demonyms = new ArrayList<>();
        String capital;
        double lat;
        double lon;
        String geonamesId;
        int order;
    }

    /** Loads the resources; prefer {@link Gazetteers#countries()}, which loads once. */
    Countries() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        GazetteerResources.forEachLine("countries.tsv", line -> {
            Draft d = new Draft();
            d.code = line.required(0).toUpperCase(Locale.ROOT);
            d.status = parseStatus(line, line.required(1));
            d.name = line.required(2);
            d.official = line.col(3).isEmpty() ? d.name : line.col(3);
            d.names.add(d.name);
            d.names.add(d.official);
            d.names.addAll(line.list(4));
            d.demonyms.addAll(line.list(5));
            d.capital = line.col(6).isEmpty() ? null : line.col(6);
            Double lat = line.optDouble(7);
            Double lon = line.optDouble(8);
            d.lat = lat == null ? Double.NaN : lat;
            d.lon = lon == null ? Double.NaN : lon;
            d.geonamesId = line.col(9).isEmpty() ? null : line.col(9);
            d.order = drafts.size();
            drafts.put(d.code, d);
        });
        Map<String, String> prefer = new HashMap<>();
        GazetteerResources.forEachLine("countries-supplement.tsv", line -> {
            String code = line.required(0).toUpperCase(Locale.ROOT);
            Draft d = drafts.get(code);
            if (d == null) {
                throw line.error("unknown country code '" + code + "'");
            }
            switch (line.required(1)) {
                case "name" -> d.names.addAll(line.list(2));
                case "demonym" -> d.demonyms.addAll(line.list(2));
                case "status" -> d.status = parseStatus(line, line.required(2));
                case "prefer" -> line.list(2).forEach(k -> prefer.put(NameKeys.key(k), code));
                default -> throw line.error("unknown kind '" + line.col(1)
                        + "' (expected name, demonym, status or prefer)");
            }
        });
        Map<String, Country> codes = new LinkedHashMap<>();
        Map<String, Status> statuses = new HashMap<>();
        Map<String, List<Draft>> nk = new HashMap<>();
        Map<String, List<Draft>> na = new HashMap<>();
        Map<String, List<Draft>> dk = new HashMap<>();
        Map<String, List<Draft>> da = new HashMap<>();
        for (Draft d : drafts.values()) {
            List<String> names = dedupe(d.names);
            List<String> demonyms = dedupe(d.demonyms);
            codes.put(d.code, new Country(d.code, d.name, d.official, names, demonyms, d.capital,
                    d.lat, d.lon, d.geonamesId));
            statuses.put(d.code, d.status);
            index(names, d, nk, na);
            index(demonyms, d, dk, da);
        }
        Comparator<Draft> rank = Comparator.comparing((Draft d) -> d.status).thenComparingInt(d -> d.order);
        this.byCode = Collections.unmodifiableMap(codes);
        this.status = statuses;
        this.nameKeys = resolve(nk, prefer, rank, codes);
        this.nameAcronyms = resolve(na, prefer, rank, codes);
        this.demonymKeys = resolve(dk, prefer, rank, codes);
        this.demonymAcronyms = resolve(da, prefer, rank, codes);
    }

    private static Status parseStatus(GazetteerResources.Line line, String s) {
        return switch (s) {
            case "sovereign" -> Status.SOVEREIGN;
            case "partial" -> Status.PARTIAL;
            case "territory" -> Status.TERRITORY;
            default -> throw line.error("unknown status '" + s + "' (expected sovereign, partial or territory)");
        };
    }

    private static List<String> dedupe(List<String> values) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String v : values) {
            String k = PhraseMatcher.isAcronym(v) ? "\u0000" + PhraseMatcher.letters(v) + v : NameKeys.key(v);
            if (!k.isEmpty()) {
                seen.putIfAbsent(k, v);
            }
        }
        return List.copyOf(seen.values());
    }

    private static void index(List<String> values, Draft d, Map<String, List<Draft>> keys,
                              Map<String, List<Draft>> acronyms) {
        for (String value : values) {
            String v = withoutArticle(value);
            if (PhraseMatcher.isAcronym(v)) {
                add(acronyms, PhraseMatcher.letters(v), d);
            } else {
                String k = stripThe(NameKeys.key(v));
                if (!k.isEmpty()) {
                    add(keys, k, d);
                }
            }
        }
    }

    private static void add(Map<String, List<Draft>> map, String k, Draft d) {
        List<Draft> list = map.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!list.contains(d)) {
            list.add(d);
        }
    }

    private static Map<String, Country> resolve(Map<String, List<Draft>> candidates, Map<String, String> prefer,
                                                Comparator<Draft> rank, Map<String, Country> codes) {
        Map<String, Country> out = new HashMap<>(candidates.size() * 2);
        candidates.forEach((k, list) -> {
            String preferred = prefer.get(k);
            if (preferred == null) {
                preferred = prefer.get(NameKeys.key(k));
            }
            if (preferred != null && codes.containsKey(preferred)) {
                out.put(k, codes.get(preferred));
            } else {
                out.put(k, codes.get(Collections.min(list, rank).code));
            }
        });
        return out;
    }

    private static String withoutArticle(String text) {
        String t = text.strip();
        return t.length() > 4 && t.regionMatches(true, 0, "the ", 0, 4) ? t.substring(4).strip() : t;
    }

    private static String stripThe(String key) {
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /**
     * @param name a country name or alias ("Britain", "Türkiye", "DR Congo", "U.S.")
     * @return the country, or empty when unknown
     */
    public Optional<Country> byName(String name) {
        return find(name, nameKeys, nameAcronyms);
    }

    /**
     * @param demonym an adjective or demonym ("Belarussian", "Emirati", "Americans")
     * @return the country, or empty when unknown; a plural in "s" is tried as singular
     */
    public Optional<Country> byDemonym(String demonym) {
        Optional<Country> c = find(demonym, demonymKeys, demonymAcronyms);
        if (c.isEmpty() && demonym != null && demonym.length() > 3 && demonym.endsWith("s")) {
            c = find(demonym.substring(0, demonym.length() - 1), demonymKeys, demonymAcronyms);
        }
        return c;
    }

    /**
     * @param text a name or a demonym
     * @return the country by name, else by demonym
     */
    public Optional<Country> byNameOrDemonym(String text) {
        Optional<Country> c = byName(text);
        return c.isPresent() ? c : byDemonym(text);
    }

    /**
     * @param code ISO 3166-1 alpha-2 code, any case
     * @return the country, or empty when unknown
     */
    public Optional<Country> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** @return every country, in code order */
    public Collection<Country> all() {
        return byCode.values();
    }

    /**
     * @param country a country from this gazetteer
     * @return true for UN-member-level sovereign states; false for partially recognized states
     *         (Kosovo, Palestine, Taiwan, Western Sahara) and dependent territories
     */
    public boolean isSovereign(Country country) {
        return status.get(country.code()) == Status.SOVEREIGN;
    }

    private static Optional<Country> find(String text, Map<String, Country> keys, Map<String, Country> acronyms) {
        if (text == null) {
            return Optional.empty();
        }
        text = withoutArticle(text);
        if (PhraseMatcher.isAcronym(text)) {
            Country c = acronyms.get(PhraseMatcher.letters(text));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.ofNullable(keys.get(stripThe(NameKeys.key(text))));
    }
}
