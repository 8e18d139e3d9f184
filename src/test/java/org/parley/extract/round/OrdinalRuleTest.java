package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ordinal a sentence gives its round (0: none). */
class OrdinalRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The second round of talks opened on Monday.              | 2
            It was the tenth meeting of the commission.              | 10
            The 12th session ended without a deal.                   | 12
            They met for the third and final round in Oslo.          | 3
            The fifth formal session is planned for May.             | 5
            The sides met face to face for the first time.           | 1
            FOURTH ROUND OF TALKS                                    | 4
            On the first day of talks they met for the first time.   | 0
            The second day of talks was calm.                        | 0
            It was the first visit by a foreign minister.            | 0
            The talks opened in Oslo.                                | 0
            """)
    void ordinal(String sentence, int expected) {
        int found = new OrdinalRule().find(Annotated.plain(sentence)).map(o -> o.value()).orElse(0);
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The second round of talks opened.      | second round    | 0.9
            They met for the first time on Friday. | for the first time | 0.6
            """)
    void evidence(String sentence, String words, double confidence) {
        var o = new OrdinalRule().find(Annotated.plain(sentence)).orElseThrow();
        assertEquals(words, o.span().of(sentence));
        assertEquals(confidence, o.confidence());
    }
}
