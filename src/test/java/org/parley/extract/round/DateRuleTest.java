package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which date of a sentence dates its round, how strongly, and whether it is an earlier round's. */
class DateRuleTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks opened in Oslo on March 12, 2024.                                      | 2024-03-12 | 0.9  | false
            The envoys met in Oslo on Tuesday.                                               | 2024-03-12 | 0.7  | false
            The previous meeting in Oslo on March 2 ended early.                             | 2024-03-02 | 0.8  | false
            The talks are scheduled to end on March 20.                                      | 2024-03-20 | 0.35 | false
            The talks began at the old palace in the north of the country on March 11.      | 2024-03-11 | 0.9  | false
            Negotiators said on March 10, after a long and tiring week of travel, that the discussions were useful. | 2024-03-10 | 0.3 | false
            Unlike the talks, the concert planned since March 1 was cancelled.               | -          | 0    | false
            The talks opened in Oslo.                                                        | -          | 0    | false
            “We met in Oslo this evening,” the envoy said.                                   | 2024-03-13 | 0.4  | false
            """)
    void date(String sentence, String date, double confidence, boolean unused) {
        RoundDraft d = Annotated.apply(Annotated.context(sentence, "2024-03-13", 0), new DateRule());
        assertEquals(date, d.date == null ? "-" : d.date.value().toString(), d.toString());
        assertEquals(confidence, d.date == null ? 0 : d.date.confidence(), d.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The previous round in Oslo on March 2 ended early.   | true
            The last meeting on March 2 was short.               | true
            The talks opened in Oslo on March 2.                 | false
            """)
    void previous(String sentence, boolean expected) {
        RoundDraft d = Annotated.apply(Annotated.context(sentence, "2024-03-13", 0), new DateRule());
        assertEquals(expected, d.previous, d.toString());
    }
}
