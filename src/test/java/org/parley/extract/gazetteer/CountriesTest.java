package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {

    private final Countries countries = Gazetteers.get().countries();

    @ParameterizedTest
    @CsvSource({
        "US,US", "U.S.,US", "USA,US", "United States of America,US", "America,US", "the United States,US",
        "UK,GB", "Britain,GB", "Great Britain,GB", "Turkiye,TR", "Türkiye,TR", "Turkey,TR",
        "DR Congo,CD", "DRC,CD", "Democratic Republic of the Congo,CD", "Ivory Coast,CI",
        "Côte d'Ivoire,CI", "Cote d’Ivoire,CI", "Czechia,CZ", "North Korea,KP", "DPRK,KP", "South Korea,KR",
        "Burma,MM", "Kosovo,XK", "Palestine,PS", "Taiwan,TW", "Western Sahara,EH", "Russian Federation,RU",
        "UAE,AE", "Holland,NL"
    })
    void findsCountryByNameOrAlias(String name, String code) {
        assertEquals(code, countries.byName(name).orElseThrow().code(), name);
    }

    @ParameterizedTest
    @CsvSource({
        "Belarussian,BY", "Belarusian,BY", "Belarusan,BY", "Ukrainian,UA", "American,US", "Americans,US",
        "British,GB", "Turkish,TR", "Emirati,AE", "Congolese,CD", "Palestinian,PS", "Chinese,CN",
        "Russian,RU", "Dutch,NL", "Swiss,CH"
    })
    void findsCountryByDemonym(String demonym, String code) {
        assertEquals(code, countries.byDemonym(demonym).orElseThrow().code(), demonym);
    }

    @Test
    void lowercaseAcronymIsNotACountry() {
        assertTrue(countries.byName("us").isEmpty());
        assertTrue(countries.byName("it").isEmpty());
        assertEquals("US", countries.byName("US").orElseThrow().code());
    }

    @Test
    void countryCarriesCapitalCentroidAndGeonamesId() {
        Country by = countries.byCode("by").orElseThrow();
        assertEquals("Belarus", by.name());
        assertEquals("Minsk", by.capital());
        assertEquals(53.0, by.lat(), 1.0);
        assertEquals(28.0, by.lon(), 1.0);
        assertEquals("630336", by.geonamesId());
        assertTrue(by.names().contains("Republic of Belarus"));
    }

    @Test
    void everyCountryHasNameCodeAndCoordinates() {
        int sovereign = 0;
        for (Country c : countries.all()) {
            assertEquals(2, c.code().length(), c.code());
            assertNotNull(c.name(), c.code());
            assertFalse(Double.isNaN(c.lat()), c.code());
            if (countries.isSovereign(c)) {
                sovereign++;
            }
        }
        assertTrue(sovereign >= 193, "sovereign states: " + sovereign);
        assertFalse(countries.isSovereign(countries.byCode("XK").orElseThrow()));
    }

    @Test
    void nameOrDemonymTriesBoth() {
        assertEquals("UA", countries.byNameOrDemonym("Ukraine").orElseThrow().code());
        assertEquals("UA", countries.byNameOrDemonym("Ukrainian").orElseThrow().code());
        assertTrue(countries.byNameOrDemonym("Atlantis").isEmpty());
    }
}
