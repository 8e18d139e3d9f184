package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    private final Regions regions = Gazetteers.get().regions();

    @ParameterizedTest
    @CsvSource({
        "Gomel region,BY.02", "Gomel Region,BY.02", "Gomel Oblast,BY.02", "Homel region,BY.02",
        "Gomel,BY.02", "region of Brest,BY.01", "the region of Brest,BY.01", "Brest,BY.01",
        "Grodno,BY.03", "Mogilev,BY.06", "Vitebsk region,BY.07", "Minsk region,BY.05",
        "Donetsk,UA.05", "Donetsk Oblast,UA.05", "Luhansk,UA.14", "Crimea,UA.11", "Kherson,UA.08",
        "Zaporizhzhia,UA.26", "Zaporizhzhia region,UA.26", "Kursk,RU.41", "Kursk region,RU.41",
        "Belgorod,RU.09", "Rostov,RU.61", "Idlib,SY.12", "Idlib province,SY.12",
        "Gaza Strip,PS.GZ", "West Bank,PS.WE", "Tigray,ET.53", "North Kivu,CD.11", "South Kivu,CD.12",
        "North Darfur,SD.55"
    })
    void findsAdminRegions(String name, String id) {
        assertEquals(id, regions.lookup(name).orElseThrow().id(), name);
    }

    @ParameterizedTest
    @CsvSource({
        "Africa,geo:africa", "Middle East,geo:middle-east", "the Middle East,geo:middle-east",
        "Europe,geo:europe", "Black Sea,geo:black-sea", "Mediterranean,geo:mediterranean",
        "Balkans,geo:balkans", "Caucasus,geo:caucasus", "Donbas,geo:donbas", "Donbass,geo:donbas",
        "Sentosa,geo:sentosa", "Nagorno-Karabakh,geo:nagorno-karabakh", "Kashmir,geo:kashmir",
        "Darfur,geo:darfur"
    })
    void findsGeographicRegions(String name, String id) {
        assertEquals(id, regions.lookup(name).orElseThrow().id(), name);
    }

    @Test
    void adminRegionCarriesCountryKindAndCoordinates() {
        Region gomel = regions.lookup("Gomel region").orElseThrow();
        assertEquals("BY", gomel.countryCode());
        assertEquals("admin1", gomel.kind());
        assertEquals(52.4, gomel.lat(), 1.0);
        assertEquals(30.0, gomel.lon(), 1.5);
        assertNotNull(gomel.geonamesId());
    }

    @Test
    void multiCountryRegionHasNoCountry() {
        Region balkans = regions.lookup("Balkans").orElseThrow();
        assertNull(balkans.countryCode());
        assertEquals("geographic", balkans.kind());
    }

    @Test
    void countryHintChoosesAmongNamesakes() {
        assertEquals("PK", regions.lookup("Punjab", "PK").orElseThrow().countryCode());
        assertEquals("IN", regions.lookup("Punjab", "IN").orElseThrow().countryCode());
    }

    @Test
    void formsStripGenericWords() {
        assertEquals(java.util.List.of("region of brest", "brest"), Regions.forms("region of brest"));
        assertTrue(Regions.forms("gomel oblast").contains("gomel"));
        assertTrue(regions.lookup("Atlantis Oblast").isEmpty());
    }
}
