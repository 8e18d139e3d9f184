package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TownsTest {

    private final Towns towns = Gazetteers.get().towns();

    @Test
    void holdsSmallTownsButNotTheLargeCities() {
        assertTrue(towns.size() > 100_000);
        City zermatt = towns.unambiguous("Zermatt", null).orElseThrow();
        assertEquals("CH", zermatt.countryCode());
        assertEquals("2657928", zermatt.geonamesId());
        assertTrue(zermatt.population() > 1_000 && zermatt.population() < 15_000);
        assertTrue(towns.lookup("Geneva").stream().noneMatch(c -> c.countryCode().equals("CH")));
    }

    @Test
    void diacriticsDoNotMatter() {
        assertEquals(towns.unambiguous("Portorož", null), towns.unambiguous("PORTOROZ", null));
    }

    @Test
    void nameInSeveralCountriesNeedsACountry() {
        assertTrue(towns.unambiguous("Hope", null).isEmpty());
        assertEquals("GB", towns.unambiguous("Hope", "gb").orElseThrow().countryCode());
        assertTrue(towns.unambiguous("Zermatt", "FR").isEmpty());
    }

    @Test
    void placesOfTheNewerExportHaveNoGeonamesIdOrPopulation() {
        City merged = towns.unambiguous("Les Bons", "AD").orElseThrow();
        assertNull(merged.geonamesId());
        assertEquals(0, merged.population());
    }
}
