package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An unknown acronym before a delegation noun names a non-state side. */
class AcronymSideTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The XR7 delegation was led by Karl Huber.        | XR7 head=Karl Huber members=
            The QLF delegation arrived on Monday.            | QLF head=- members=
            The QLF team arrived on Monday.                  | ``
            The delegation arrived on Monday.                | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected,
                DelegationFixtures.labels(ROUND + sentence, new TeamNounRule(), new LedByRule()));
    }
}
