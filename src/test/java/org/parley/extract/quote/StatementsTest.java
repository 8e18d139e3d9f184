package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Span;

class StatementsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            we will meet again soon      | 5 | true
            Talks were useful            | 3 | true
            tiny sliver of hope          | 4 | false
            the end                      | 2 | false
            Yes indeed                   | 2 | false
            It’s a deal-breaker          | 3 | true
            """)
    void tellsStatementsFromScareQuotes(String inner, int words, boolean statement) {
        Segment seg = new Segment(new Span(0, inner.length()), 0, inner.length(), true, false);
        assertEquals(words, Statements.words(inner));
        assertEquals(statement, Statements.isStatement(inner, seg));
    }
}
