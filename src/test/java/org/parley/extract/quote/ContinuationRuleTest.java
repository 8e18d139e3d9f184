package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Quote;
import org.parley.article.Span;

class ContinuationRuleTest {
    private static final ContinuationRule RULE = new ContinuationRule();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will meet again next week,” Jane Roe said. “We will not give up.”                     | true
            “We will meet again next week,” Jane Roe said. She added: “We will not give up.”          | true
            “We will meet again next week,” Jane Roe said after Karl Huber spoke. “We will not give up.” | false
            “We will meet again next week,” Jane Roe said.\\n“We will not give up.”                   | false
            “We will meet again next week,\\n“and we will not give up,” Jane Roe said.                | true
            """)
    void continuesThePreviousStatement(String raw, boolean expected) {
        String text = raw.replace("\\n", "\n");
        QuoteContext ctx = QuoteFixtures.context(text, "Jane Roe; Karl Huber");
        List<Segment> segs = QuoteFixtures.SEGMENTER.segments(text);
        Segment first = segs.get(0);
        int at = text.indexOf("Jane Roe");
        Quote previous = new Quote(first.inner(), first.inner().of(text), new Span(at, at + "Jane Roe".length()),
                "Jane Roe", Speaker.NAMED);
        assertEquals(expected, RULE.continues(ctx, previous, segs.get(1)));
    }
}
