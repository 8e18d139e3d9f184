package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Span;

/** Dates of datelines, which never date a round. */
class DatelineDateTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Valmora, March 4, Harbour News - The envoys met on Tuesday.       | true
            VALMORA, Portugal, March 4 (Harbour News) -- The envoys met.      | true
            Valmora, March 4, 2024 - The envoys met on Tuesday.               | true
            Valmora, March 4 / Agency / The envoys met.                       | true
            The envoys met in Valmora, March 4 - a day of hope.               | false
            The envoys met on March 4 in Valmora.                             | false
            On March 4, the envoys met in Valmora.                            | false
            """)
    void datelineDates(String line, boolean expected) {
        int start = line.indexOf("March 4");
        assertEquals(expected, DatelineDate.is("Headline\n" + line, new Span(start + 9, start + 9 + "March 4".length())));
    }
}
