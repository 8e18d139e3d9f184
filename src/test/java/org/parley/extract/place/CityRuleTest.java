package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cities by name finder, cue or size; capitals as actors. */
class CityRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met in Vienna on Monday.              | Vienna  | place Vienna = Vienna CITY AT
            Vienna said the offer stood.                        | Vienna  | place Vienna = Vienna CITY AT actor; agent Vienna = country:AT CAPITAL
            The ministers met in Vienna's main square.          | Vienna  | place Vienna = Vienna CITY AT
            The ministers met on March 3.                       | March   | -
            The US envoy flew to Geneva for the talks.          | Geneva  | place Geneva = Geneva CITY CH
            US and Russian envoys met in Moscow.                | Moscow  | place Moscow = Moscow CITY RU
            The ministers arrived in GENEVA on Monday.          | GENEVA  | place GENEVA = Geneva CITY CH
            The ministers met in Astana on Monday.              | Astana  | place Astana = Astana CITY KZ
            The ministers flew to New York on Monday.           | York    | -
            Talks on Africa Day drew many leaders.              | Africa  | -
            The summit in Nairobi ended without a deal.          | Nairobi | place Nairobi = Nairobi CITY KE
            The meeting in Kenya's capital Nairobi marks a shift. | Nairobi | place Nairobi = Nairobi CITY KE
            The meeting in the Kenyan capital, Nairobi, marks a shift. | Nairobi | place Nairobi = Nairobi CITY KE
            Diplomats from Kenya's capital Nairobi said little.  | Nairobi | place Nairobi = Nairobi CITY KE
            Kenya's capital Nairobi said little.                 | Nairobi | place Nairobi = Nairobi CITY KE actor; agent Nairobi = country:KE CAPITAL
            Zagreb said little, according to Foreign Minister Ivan Zagreb. | Zagreb | -
            """)
    void findsCities(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new CityRule(), sentence, word));
    }
}
