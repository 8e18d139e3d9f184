package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heads in apposition after "the head of the delegation". */
class HeadOfRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The head of the Austrian delegation, Foreign Minister Karl Huber, spoke first.        | Austria head=Karl Huber members=
            The chief of the Austrian team, the veteran diplomat Karl Huber, spoke first.         | Austria head=Karl Huber members=
            The co-chair of the delegation representing Austria, Karl Huber, spoke first.         | Austria head=Karl Huber members=
            A member of the Austrian delegation, Karl Huber, spoke first.                         | Austria head=- members=
            The head of the Austrian delegation said on Monday that Karl Huber would travel.      | Austria head=- members=
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected, DelegationFixtures.labels(ROUND + sentence, new TeamNounRule(), new HeadOfRule()));
    }
}
