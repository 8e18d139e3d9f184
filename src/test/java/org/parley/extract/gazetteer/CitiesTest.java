package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitiesTest {

    private final Cities cities = Gazetteers.get().cities();

    @Test
    void kyivAndKievAreTheSameCity() {
        City kyiv = cities.best("Kyiv", null).orElseThrow();
        assertEquals("703448", kyiv.geonamesId());
        assertEquals(kyiv, cities.best("Kiev", null).orElseThrow());
        assertEquals(kyiv, cities.best("KIEV", null).orElseThrow());
        assertTrue(cities.isCapital(kyiv));
    }

    @Test
    void transliterationVariantsFindTheSameCity() {
        assertEquals(cities.best("Kharkiv", null), cities.best("Kharkov", null));
        City gomel = cities.best("Gomel", null).orElseThrow();
        assertEquals("BY", gomel.countryCode());
        assertEquals(gomel, cities.best("Homel", null).orElseThrow());
        assertEquals(gomel, cities.best("Homyel’", null).orElseThrow());
        assertEquals("BY.02", gomel.admin1Id());
    }

    @Test
    void antalyaIsInTurkeyWithCoordinates() {
        City antalya = cities.best("Antalya", null).orElseThrow();
        assertEquals("TR", antalya.countryCode());
        assertEquals(36.9, antalya.lat(), 0.1);
        assertEquals(30.7, antalya.lon(), 0.1);
        assertTrue(antalya.population() > 500_000);
        assertFalse(cities.isCapital(antalya));
    }

    @Test
    void smallBorderTownComesFromSupplement() {
        City medyka = cities.best("Medyka", null).orElseThrow();
        assertEquals("PL", medyka.countryCode());
        assertEquals("765028", medyka.geonamesId());
        assertTrue(medyka.population() < 15_000);
        assertEquals(49.8, medyka.lat(), 0.1);
    }

    @Test
    void supplementAddsSpellingsToExistingCity() {
        City izium = cities.best("Izium", null).orElseThrow();
        assertEquals("707292", izium.geonamesId());
        assertTrue(izium.alternateNames().contains("Izium"));
    }

    @Test
    void ambiguousNamesRankByPopulationAndCountryHint() {
        List<City> brest = cities.lookup("Brest");
        assertTrue(brest.size() >= 2);
        assertEquals("BY", brest.get(0).countryCode());
        assertTrue(brest.get(0).population() >= brest.get(1).population());
        assertEquals("FR", cities.best("Brest", "FR").orElseThrow().countryCode());
        assertEquals("LB", cities.best("Tripoli", "lb").orElseThrow().countryCode());
        assertEquals("LY", cities.best("Tripoli", null).orElseThrow().countryCode());
    }

    @Test
    void mainNameMatchesComeBeforeAlternateNameMatches() {
        assertEquals("IT", cities.best("Olbia", null).orElseThrow().countryCode());
    }

    @Test
    void diacriticsAndCaseDoNotMatter() {
        assertEquals(cities.best("Zürich", null), cities.best("zurich", null));
        assertTrue(cities.lookup("Atlantis City").isEmpty());
        assertTrue(cities.lookup("").isEmpty());
    }

    @Test
    void firstWordOfACityNameIsNotAnAlternateName() {
        assertTrue(cities.lookup("North Salt Lake").stream().anyMatch(c -> c.countryCode().equals("US")));
        assertTrue(cities.lookup("North").isEmpty(), "GeoNames lists \"North\" as a name of North Salt Lake");
    }
}
