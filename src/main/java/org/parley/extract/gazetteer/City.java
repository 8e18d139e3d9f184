package org.parley.extract.gazetteer;

import java.util.List;

/**
 * A populated place from GeoNames (population at least 15,000, or a small town of
 * {@link Towns}) or from the hand-written supplement.
 *
 * @param geonamesId     GeoNames id, a {@code supp:} id for a supplement place GeoNames lacks, or
 *                       null for a town whose GeoNames export gives no id
 * @param name           the GeoNames name ("Homyel'")
 * @param alternateNames ASCII name and Latin-script alternate names ("Gomel", "Homel")
 * @param countryCode    ISO 3166-1 alpha-2 code
 * @param admin1         GeoNames first-level admin code within the country ("02"), or null
 * @param lat            latitude (WGS84 degrees)
 * @param lon            longitude (WGS84 degrees)
 * @param population     population (0 when unknown)
 */
public record City(String geonamesId, String name, List<String> alternateNames, String countryCode,
                   String admin1, double lat, double lon, long population) {

    /** Copies the list. */
    public City {
        alternateNames = List.copyOf(alternateNames);
    }

    /** @return the id of the city's first-level region in {@link Regions} ("BY.02"), or null */
    public String admin1Id() {
        return admin1 == null ? null : countryCode + "." + admin1;
    }
}
