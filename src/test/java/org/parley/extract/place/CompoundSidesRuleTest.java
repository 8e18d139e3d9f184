package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which hyphenated compounds name sides. */
class CompoundSidesRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Serbia-Kosovo talks resumed.        | Serbia-Kosovo | agent Serbia = country:RS NAME; agent Kosovo = country:XK NAME
            The EU-brokered deal held.              | EU-brokered   | agent EU = org:european-union NAME
            The Moscow-Kyiv talks stalled.          | Moscow-Kyiv   | agent Moscow = country:RU CAPITAL; agent Kyiv = country:UA CAPITAL
            The Serbia-Kosovo border stayed calm.   | Serbia-Kosovo | -
            The Mercedes-Benz plant closed.         | Mercedes-Benz | -
            The Franco-German plan held.            | Franco-German | -
            """)
    void findsSides(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new CompoundSidesRule(), sentence, word));
    }
}
