package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "his delegation": the person the pronoun stands for heads it (applied through TeamNounRule, which calls it). */
class OwnerPronounRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Austrian Foreign Minister Karl Huber arrived. Anne Roy was spotted in his delegation. | AT head=Karl Huber members=Anne Roy
            Austrian Foreign Minister Karl Huber arrived with his delegation.                     | AT head=Karl Huber members=
            Karl Huber arrived with his delegation.                                              | ``
            Austrian Foreign Minister Karl Huber arrived. The weather was cold. Rain fell all day. Anne Roy was spotted in his delegation. | ``
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule()));
    }
}
