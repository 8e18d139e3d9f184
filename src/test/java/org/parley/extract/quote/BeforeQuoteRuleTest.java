package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BeforeQuoteRuleTest {
    private static final BeforeQuoteRule RULE = new BeforeQuoteRule(new InvertedSpeakerRule());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said: “We will meet again next week.”                            | Jane Roe 0.9
            Jane Roe told reporters on Monday “We will meet again next week.”         | Jane Roe 0.9
            Jane Roe stressed the point, stating, “We will meet again next week.”     | Jane Roe 0.9
            Then said Jane Roe: “We will meet again next week.”                       | Jane Roe 0.9
            Jane Roe arrived. “We will meet again next week.”                         | -
            Jane Roe said the talks that began in the spring and lasted for many long and weary days would end “in a fair way for all sides.” | -
            """)
    void findsTheSpeakerBeforeTheQuote(String text, String expected) {
        QuoteContext ctx = QuoteFixtures.context(text, "Jane Roe");
        Segment seg = QuoteFixtures.SEGMENTER.segments(text).get(0);
        assertEquals(expected, QuoteFixtures.describe(RULE.find(ctx, seg)));
    }
}
