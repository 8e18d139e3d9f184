package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country names as places and agents. */
class CountryNameRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Malta hosted the talks.                        | Malta  | place Malta = Malta COUNTRY MT; agent Malta = country:MT NAME
            Envoys from Bosnia and Herzegovina arrived.   | Bosnia | place Bosnia and Herzegovina = Bosnia and Herzegovina COUNTRY BA; agent Bosnia and Herzegovina = country:BA NAME
            The Maltese envoy arrived.                     | Maltese | -
            The envoys met in Mexico City on Monday.       | Mexico | -
            The envoys met in Mexico on Monday.            | Mexico | place Mexico = Mexico COUNTRY MX; agent Mexico = country:MX NAME
            The Summit opened.                             | Summit | -
            """)
    void findsCountries(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new CountryNameRule(), sentence, word));
    }
}
