package org.parley.article;

/**
 * A place resolved against the gazetteers.
 *
 * @param key         canonical key, unique per real place ("country:RU", "geonames:323777",
 *                    "region:BY-gomel", "venue:dolmabahce-palace")
 * @param name        display name
 * @param kind        country, region, city or venue
 * @param countryCode ISO code of the country it lies in (its own code for a country), or null
 * @param lat         latitude, or null
 * @param lon         longitude, or null
 * @param geonamesId  GeoNames id, or null
 */
public record Place(String key, String name, Kind kind, String countryCode, Double lat, Double lon,
                    String geonamesId) {

    /** Kinds of places, from largest to smallest. */
    public enum Kind {
        /** A sovereign state. */
        COUNTRY,
        /** An administrative or geographic region. */
        REGION,
        /** A city or town. */
        CITY,
        /** A building or site. */
        VENUE
    }
}
