package org.parley.extract.gazetteer;

import org.parley.nlp.Lazy;

/**
 * Entry point to Parley's gazetteers: countries, cities, small towns, regions, office titles,
 * institutions, given names and office-holders, read from classpath resources under
 * {@code org/parley/gazetteer/}.
 *
 * <p>Each gazetteer is loaded once, on first use (cities, the largest, in well under a second),
 * and is immutable afterwards; the singleton and every gazetteer are thread-safe.
 */
public final class Gazetteers {

    private static final Gazetteers INSTANCE = new Gazetteers();

    private final Lazy<Countries> countries = new Lazy<>(Countries::new);
    private final Lazy<Cities> cities = new Lazy<>(Cities::new);
    private final Lazy<Towns> towns = new Lazy<>(Towns::new);
    private final Lazy<Regions> regions = new Lazy<>(Regions::new);
    private final Lazy<Titles> titles = new Lazy<>(Titles::new);
    private final Lazy<Institutions> institutions = new Lazy<>(Institutions::new);
    private final Lazy<GivenNames> givenNames = new Lazy<>(GivenNames::new);
    private final Lazy<OfficeHolders> officeHolders = new Lazy<>(OfficeHolders::new);

    private Gazetteers() {
    }

    /** @return the shared instance */
    public static Gazetteers get() {
        return INSTANCE;
    }

    /** @return countries by code, name and demonym */
    public Countries countries() {
        return countries.get();
    }

    /** @return world cities (population at least 15,000, plus the supplement) */
    public Cities cities() {
        return cities.get();
    }

    /** @return small towns (population 1,000 to 14,999), for strong place contexts only */
    public Towns towns() {
        return towns.get();
    }

    /** @return first-level administrative and geographic regions */
    public Regions regions() {
        return regions.get();
    }

    /** @return office titles and honorifics */
    public Titles titles() {
        return titles.get();
    }

    /** @return institutions and organizations */
    public Institutions institutions() {
        return institutions.get();
    }

    /** @return given names and capitalized non-names */
    public GivenNames givenNames() {
        return givenNames.get();
    }

    /** @return heads of state and government, foreign and defence ministers with their years */
    public OfficeHolders officeHolders() {
        return officeHolders.get();
    }
}
