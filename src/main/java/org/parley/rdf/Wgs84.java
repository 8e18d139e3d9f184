package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C Basic Geo (WGS84 lat/long) vocabulary terms Parley uses for city coordinates.
 * Thread-safe constants.
 */
public final class Wgs84 {
    /** Namespace. */
    public static final String NS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    /** Latitude in decimal degrees. */
    public static final Property LAT = ResourceFactory.createProperty(NS + "lat");
    /** Longitude in decimal degrees. */
    public static final Property LONG = ResourceFactory.createProperty(NS + "long");

    private Wgs84() {
    }
}
