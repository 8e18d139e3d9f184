package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Jane Roe's team": the person heads their country's delegation. */
class PossessorRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Austrian Chancellor Karl Huber's team included Hans Gruber.  | AT head=Karl Huber members=
            Austria's envoy Karl Huber's team arrived early.              | AT head=Karl Huber members=
            Karl Huber's team arrived early.                              | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, DelegationFixtures.labels(ROUND + sentence, new TeamNounRule()));
    }
}
