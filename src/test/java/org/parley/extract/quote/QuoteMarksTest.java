package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMarksTest {
    private static final QuoteMarks MARKS = new QuoteMarks();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We agree”        | 0 | DOUBLE
            a "deal" now      | 2 | DOUBLE
            („We agree”)      | 1 | DOUBLE
            «Nous restons»    | 0 | GUILLEMET
            it was «fini»     | 7 | GUILLEMET
            a ‘fair’ deal     | 2 | SINGLE
            Ukraine’s side    | 7 | -
            a " deal          | 2 | -
            word“inside       | 4 | -
            """)
    void opens(String text, int at, String kind) {
        QuoteMarks.Kind k = MARKS.opening(text, at);
        assertEquals(kind, k == null ? "-" : k.name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            DOUBLE    | deal” now   | 4 | true
            DOUBLE    | deal" now   | 4 | true
            DOUBLE    | deal"s      | 4 | false
            DOUBLE    | deal» now   | 4 | false
            GUILLEMET | fini» et    | 4 | true
            GUILLEMET | fini” et    | 4 | false
            SINGLE    | fair’ deal  | 4 | true
            SINGLE    | Kyiv’s      | 4 | false
            """)
    void closes(String kind, String text, int at, boolean closes) {
        assertEquals(closes, MARKS.closes(QuoteMarks.Kind.valueOf(kind), text, at));
    }
}
