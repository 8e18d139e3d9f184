package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the institution rule takes as an agent, and what it leaves. */
class InstitutionRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Kremlin rejected the offer.                    | Kremlin | agent Kremlin = country:RU INSTITUTION
            Envoys from NATO arrived on Monday.                 | NATO    | agent NATO = org:nato NAME
            Hamas said it would study the proposal.            | Hamas   | agent Hamas = org:hamas NAME
            The ministers met in a small hall.                 | ministers | -
            """)
    void findsInstitutions(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new InstitutionRule(), sentence, word));
    }
}
