package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hyphenated compounds name sides. */
class CompoundSidesRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Armenia-Azerbaijan talks resumed.      | Armenia-Azerbaijan | agent Armenia = country:AM NAME; agent Azerbaijan = country:AZ NAME
            A NATO-led mission stayed.                 | NATO-led           | agent NATO = org:nato NAME
            The Paris-Berlin axis held.                | Paris-Berlin       | agent Paris = country:FR CAPITAL; agent Berlin = country:DE CAPITAL
            The Armenia-Azerbaijan border stayed calm. | Armenia-Azerbaijan | -
            A Smith-Jones report was read.             | Smith-Jones        | -
            """)
    void findsSides(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new CompoundSidesRule(), sentence, word));
    }
}
