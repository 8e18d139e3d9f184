package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** List lines under a heading that names a delegation. */
class WhosWhoRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            \\nWho's who in the Maltese delegation?\\n• Karl Huber: the foreign minister\\n• Anne Roy: an adviser\\n | MT head=Karl Huber members=Anne Roy
            \\nThe Maltese delegation:\\nKarl Huber, the foreign minister\\nAnne Roy, an adviser\\n         | MT head=Karl Huber members=Anne Roy
            \\nThe Maltese delegation arrived.\\n• Karl Huber: the foreign minister\\n                   | MT head=- members=
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new WhosWhoRule()));
    }
}
