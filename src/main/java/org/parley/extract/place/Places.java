package org.parley.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.article.AgentKey;
import org.parley.article.Place;
import org.parley.extract.gazetteer.City;
import org.parley.extract.gazetteer.Country;
import org.parley.extract.gazetteer.Region;
import org.parley.rdf.Iris;

/**
 * The place records the place rules emit, built from gazetteer entries: countries, cities, small
 * towns, regions and venues, each with its stable key. Stateless; thread-safe.
 */
public final class Places {
    private Places() {
    }

    /**
     * @param c a country of the gazetteer
     * @return its place record, keyed like its agent
     */
    public static Place country(Country c) {
        return new Place(AgentKey.country(c.code()).toString(), c.name(), Place.Kind.COUNTRY, c.code(), c.lat(), c.lon(),
                c.geonamesId());
    }

    /**
     * @param c a city of the gazetteer
     * @return its place record, keyed by its GeoNames id
     */
    public static Place city(City c) {
        return city(c, c.name());
    }

    /**
     * @param c       a city of the gazetteer
     * @param written the name as the article writes it
     * @return its place record, keyed by its GeoNames id and labelled by {@link PlaceLabel}
     */
    public static Place city(City c, String written) {
        return new Place("geonames:" + c.geonamesId(), PlaceLabel.of(c, written), Place.Kind.CITY, c.countryCode(), c.lat(), c.lon(),
                geonamesIdOrNull(c));
    }

    /**
     * A small town: keyed by its GeoNames id, or by country and name when GeoNames gives none;
     * without coordinates when the town has none (NaN).
     *
     * @param c a town of the towns gazetteer
     * @return its place record
     */
    public static Place town(City c) {
        return town(c, c.name());
    }

    /**
     * @param c       a town of the towns gazetteer
     * @param written the name as the article writes it
     * @return its place record, labelled by {@link PlaceLabel}
     */
    public static Place town(City c, String written) {
        String key = c.geonamesId() != null ? "geonames:" + c.geonamesId()
                : "town:" + Iris.slug(c.countryCode() == null ? c.name() : c.countryCode() + "-" + c.name());
        boolean located = !Double.isNaN(c.lat()) && !Double.isNaN(c.lon());
        return new Place(key, PlaceLabel.of(c, written), Place.Kind.CITY, c.countryCode(), located ? c.lat() : null,
                located ? c.lon() : null, geonamesIdOrNull(c));
    }

    /**
     * @param r a region of the gazetteer
     * @return its place record, named by {@link #displayName}
     */
    public static Place region(Region r) {
        String key = r.geonamesId() != null ? "geonames:" + r.geonamesId() : "region:" + Iris.slug(r.id());
        return new Place(key, displayName(r), Place.Kind.REGION, r.countryCode(), r.lat(), r.lon(), r.geonamesId());
    }

    /**
     * @param name        the venue's name as written
     * @param countryCode the country it is in, or null
     * @return its place record, keyed by its name
     */
    public static Place venue(String name, String countryCode) {
        return new Place("venue:" + Iris.slug(name), name, Place.Kind.VENUE, countryCode, null, null, null);
    }

    /** The GeoNames id to link to: none for the supplement's own "supp:" ids. */
    private static String geonamesIdOrNull(City c) {
        String id = c.geonamesId();
        return id == null || id.startsWith("supp:") ? null : id;
    }

    /**
     * The English name to show for a region: an ASCII name with its region word ("Gomel Region",
     * "Donetsk Oblast") when the gazetteer has one, else the first ASCII name, else its name.
     *
     * @param r a region of the gazetteer
     * @return the name to show
     */
    public static String displayName(Region r) {
        List<String> names = new ArrayList<>();
        names.add(r.name());
        names.addAll(r.alternateNames());
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (isAscii(n) && PlaceWords.REGION_WORDS.stream().anyMatch(w -> lower.endsWith(" " + w))) {
                return n;
            }
        }
        for (String n : names) {
            if (isAscii(n)) {
                return n;
            }
        }
        return r.name();
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128 && c != '\'');
    }
}
