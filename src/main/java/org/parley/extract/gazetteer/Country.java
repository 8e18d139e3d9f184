package org.parley.extract.gazetteer;

import java.util.List;

/**
 * A country or country-like party (ISO 3166-1 alpha-2 code, plus Kosovo "XK").
 *
 * @param code         ISO 3166-1 alpha-2 code, upper case
 * @param name         short English name ("United Kingdom")
 * @param officialName official English name ("United Kingdom of Great Britain and Northern Ireland")
 * @param names        every known name and alias, including {@code name} and {@code officialName}
 * @param demonyms     adjectives and demonyms ("British", "Briton")
 * @param capital      capital city name, or null when unknown
 * @param lat          latitude of the country's centre (WGS84 degrees)
 * @param lon          longitude of the country's centre (WGS84 degrees)
 * @param geonamesId   GeoNames id of the country, or null when unknown
 */
public record Country(String code, String name, String officialName, List<String> names,
                      List<String> demonyms, String capital, double lat, double lon, String geonamesId) {

    /** Copies the lists. */
    public Country {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }
}
