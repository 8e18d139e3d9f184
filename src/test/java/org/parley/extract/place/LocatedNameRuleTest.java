package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names no gazetteer knows, which the name finder calls locations, after "in" or "at". */
class LocatedNameRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The rebel leader stayed in Tembwe, the movement's base, for months. | Tembwe | place Tembwe = Tembwe CITY null
            The rebel leader met Tembwe on Monday.                               | Tembwe | -
            The rebel leader stayed in January with his men.                     | January | -
            """)
    void findsUnknownLocations(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new LocatedNameRule(), sentence, word));
    }
}
