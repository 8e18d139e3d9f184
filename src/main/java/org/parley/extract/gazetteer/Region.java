package org.parley.extract.gazetteer;

import java.util.List;

/**
 * A first-level administrative division (GeoNames admin1) or a broad geographic region.
 *
 * @param id             "CC.code" for admin1 ("BY.02", GeoNames admin1 code), "geo:name" for
 *                       geographic regions ("geo:donbas")
 * @param name           display name ("Homyel’ Voblasc’", "Donbas")
 * @param alternateNames other names ("Gomel Region", "Gomel", "Homel")
 * @param countryCode    ISO alpha-2 code, or null for a region spanning several countries
 * @param kind           "admin1" or "geographic"
 * @param lat            approximate centre latitude, or null; for admin1 the mean position of
 *                       the region's GeoNames populated places
 * @param lon            approximate centre longitude, or null
 * @param geonamesId     GeoNames id of the division, or null
 */
public record Region(String id, String name, List<String> alternateNames, String countryCode,
                     String kind, Double lat, Double lon, String geonamesId) {

    /** Copies the list. */
    public Region {
        alternateNames = List.copyOf(alternateNames);
    }
}
