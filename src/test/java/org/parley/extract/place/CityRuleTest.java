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
            """)
    void findsCities(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new CityRule(), sentence, word));
    }
}
