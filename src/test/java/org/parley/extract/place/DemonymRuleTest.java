package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Demonyms as agents, and "the X capital" as a place. */
class DemonymRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Maltese officials said little.                 | Maltese | agent Maltese = country:MT DEMONYM
            The talks opened in the Austrian capital.      | Austrian | place Austrian capital = Vienna CITY AT
            The Austrian capital of culture was chosen.    | Austrian | agent Austrian = country:AT DEMONYM
            Officials said little.                         | Officials | -
            """)
    void findsDemonyms(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new DemonymRule(), sentence, word));
    }
}
