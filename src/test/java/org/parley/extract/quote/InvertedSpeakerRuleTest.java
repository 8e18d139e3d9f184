package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvertedSpeakerRuleTest {
    private static final InvertedSpeakerRule RULE = new InvertedSpeakerRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Yes,” said Jane Roe.                          | Jane Roe 0.9
            “Yes,” said Foreign Minister Jane Roe.         | Jane Roe 0.9
            “Yes,” said The Deputy Jane Roe.               | Jane Roe 0.9
            “Yes,” said the envoy Jane Roe.                | -
            “Yes,” said he, and Jane Roe nodded.           | -
            “Yes,” said a man.                             | -
            """)
    void findsTheSpeakerAfterTheVerb(String text, String expected) {
        QuoteContext ctx = QuoteFixtures.context(text, "Jane Roe");
        int verbEnd = text.indexOf("said") + "said".length();
        assertEquals(expected, QuoteFixtures.describe(RULE.find(ctx, verbEnd, text.length())));
    }
}
