package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The round's participants from the delegation's country are its members. */
class RoundParticipantsRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Austrian Foreign Minister Karl Huber and Hungarian Foreign Minister Peter Szabo held talks in Geneva on Monday. The Austrian delegation arrived early. | AT head=- members=Karl Huber
            Austrian Foreign Minister Karl Huber and Hungarian Foreign Minister Peter Szabo held talks in Geneva on Monday. The Slovak delegation arrived early.   | SK head=- members=
            The Austrian delegation arrived early.                                                                                   | AT head=- members=
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new RoundParticipantsRule()));
    }
}
