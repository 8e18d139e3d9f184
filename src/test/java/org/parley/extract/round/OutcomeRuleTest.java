package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Span;

/** The outcome a sentence reports, and whether a sentence refers back to the round just reported. */
class OutcomeRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks ended with no breakthrough.                     | no breakthrough
            There was no major progress towards a ceasefire.          | no major progress towards a ceasefire
            They parted without any agreement.                        | without any agreement
            The sides reached a ceasefire agreement late on Friday.   | reached a ceasefire agreement
            Both teams signed the framework accord.                   | signed the framework accord
            Envoys made little progress on the map.                   | little progress
            The second session ended in failure.                      | ended in failure
            They failed to reach a deal on fishing.                   | failed to reach a deal
            There was no real progress on the map.                    | no real progress
            The talks will continue on Monday.                        | -
            Progress was slow but steady.                             | -
            """)
    void outcome(String sentence, String expected) {
        String found = OutcomeRule.find(sentence, sentence.toLowerCase(Locale.ROOT), new Span(0, sentence.length()))
                .map(o -> o.value()).orElse("-");
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            They produced no breakthrough.             | true
            The talks ended without a deal.            | true
            The meeting ended in failure.              | true
            It ended with little progress.             | true
            But no agreement was reached.              | true
            However, there was no deal.                | true
            Theywood said no deal was near.            | false
            Officials said there was no progress.      | false
            Itself a rare event, no deal came.         | false
            """)
    void refersBack(String sentence, boolean expected) {
        assertEquals(expected, OutcomeRule.refersBack(sentence));
    }
}
