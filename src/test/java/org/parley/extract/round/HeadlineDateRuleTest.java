package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date read from the headline is weak; a body date keeps its strength. */
class HeadlineDateRuleTest {
    private static final String TEXT = "Talks open in Oslo on March 12\n\nThe talks opened in Oslo on March 12, 2024.";

    @ParameterizedTest(name = "sentence {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0.4
            1 | 0.9
            """)
    void confidence(int sentence, double expected) {
        RoundDraft d = Annotated.apply(Annotated.context(TEXT, "2024-03-13", sentence), new DateRule(),
                new HeadlineDateRule());
        assertEquals(expected, d.date.confidence(), d.toString());
    }
}
