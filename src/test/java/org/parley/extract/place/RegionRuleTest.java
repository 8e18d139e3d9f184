package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regions with a region word, after "region of", or named alone after a cue. */
class RegionRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Shelling hit the Gomel region overnight.        | Gomel   | place Gomel region = Gomel Region REGION BY
            Shelling hit the region of Gomel overnight.     | Gomel   | place region of Gomel = Gomel Region REGION BY
            Fighting went on in Tigray for months.          | Tigray  | place Tigray = Tigray Region REGION ET
            Fighting went on in the Donbas for months.      | Donbas  | place Donbas = Donbas REGION UA
            Aid reached the West yesterday.                 | West    | -
            Tigray Television showed the ceremony.          | Tigray  | -
            Greece and Albania praised the Balkan region.   | Balkan  | -
            Greece and Albania praised peace in the Balkan. | Balkan  | -
            Belarus said shelling hit the Gomel region.     | Gomel   | place Gomel region = Gomel Region REGION BY
            Greece and Albania sent envoys to the West Bank. | West   | place West Bank = West Bank REGION PS
            """)
    void findsRegions(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new RegionRule(), sentence, word));
    }
}
