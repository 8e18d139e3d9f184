package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "A delegation led by Jane Roe", "Jane Roe is leading a delegation": the leader heads their country's team. */
class LeaderTeamRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A negotiating delegation led by Austrian Chancellor Karl Huber joined the talks. | AT head=Karl Huber members=
            The delegation, headed by Austrian Chancellor Karl Huber, arrived early.          | AT head=Karl Huber members=
            Austrian Chancellor Karl Huber is leading a high-level delegation to the talks.  | AT head=Karl Huber members=
            Austrian Chancellor Karl Huber heads the delegation.                              | AT head=Karl Huber members=
            A delegation led by Karl Huber took part.                                         | ``
            Austria's rivals met. The government delegation was headed by Karl Huber.         | AT head=Karl Huber members=
            Austrian Chancellor Karl Huber met a delegation of students.                      | ``
            A delegation arrived, and the talks were led by Austrian Chancellor Karl Huber.   | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, DelegationFixtures.labels(ROUND + sentence, new TeamNounRule()));
    }
}
