package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capitals and camps ("regime", "opposition") as a delegation's side. */
class GovernmentSideTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Talks on Libya went on. The Tripoli delegation arrived.                          | Libya
            Talks on Libya went on. The regime delegation arrived.                           | Libyan government
            Talks on Libya went on. The Libyan opposition delegation arrived.                | Libyan opposition
            Talks on Libya went on. The delegation representing the old regime arrived.      | Libyan government
            The regime delegation arrived.                                                    | ``
            Libya's rivals met in Tunisia. Talks went on in Tunisia and ended in Tunisia. The opposition delegation arrived. | Libyan opposition
            Talks on Libya went on. The Geneva delegation arrived.                           | ``
            """)
    void finds(String text, String expected) {
        assertEquals(expected == null ? "" : expected.isEmpty() ? "" : expected + " head=- members=",
                DelegationFixtures.labels(text, new TeamNounRule()));
    }
}
