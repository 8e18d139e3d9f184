package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AfterQuoteRuleTest {
    private static final AfterQuoteRule RULE = new AfterQuoteRule(new InvertedSpeakerRule());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will meet again next week,” Jane Roe said.                          | Jane Roe            | Jane Roe 0.9
            “We will meet again next week,” said Jane Roe.                          | Jane Roe            | Jane Roe 0.9
            “We will meet again next week,” Malta's foreign minister Jane Roe also said. | Jane Roe       | Jane Roe 0.9
            “We will meet again next week,” Jane Roe quietly said.                  | Jane Roe            | Jane Roe 0.9
            Jane Roe spoke first. “We will meet again next week,” she said.         | Jane Roe            | Jane Roe 0.75
            Jane Roe came. “We will meet again next week,” the Turkish minister said. | Jane Roe:minister:TR | Jane Roe 0.75
            “We will meet again next week.” Jane Roe left the room.                 | Jane Roe            | -
            “We will meet again next week,” said the envoy of the mission, Jane Roe. | Jane Roe           | -
            “We will meet again next week,” she said.                               | ``                  | -
            """)
    void findsTheSpeakerAfterTheQuote(String text, String persons, String expected) {
        QuoteContext ctx = QuoteFixtures.context(text, persons);
        Segment seg = QuoteFixtures.SEGMENTER.segments(text).get(0);
        assertEquals(expected, QuoteFixtures.describe(RULE.find(ctx, seg)));
    }
}
