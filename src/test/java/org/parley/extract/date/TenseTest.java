package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tense of a sentence from future and past markers. */
class TenseTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys will meet again on Friday.           | FUTURE
            They'll meet again on Friday.                   | FUTURE
            The talks are set to resume on Tuesday.         | FUTURE
            The ministers are to sign the deal on Monday.   | FUTURE
            The ministers are meeting on Thursday.          | FUTURE
            The envoys met on Monday.                       | PAST
            The ministers were meeting on Thursday.         | PAST
            Talks on Monday, officials said.                | PAST
            The talks on Monday.                            | NEUTRAL
            """)
    void readsTense(String sentence, Tense expected) {
        assertEquals(expected, Tense.of(sentence));
    }
}
