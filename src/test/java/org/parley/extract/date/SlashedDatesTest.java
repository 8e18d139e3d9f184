package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slashed dates: which number is the month, and when both readings stay. */
class SlashedDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Posted 11/18/2012 at noon.       | 11/18/2012=2012-11-18
            Posted 18/11/2012 at noon.       | 18/11/2012=2012-11-18
            Posted 18/11/12 at noon.         | 18/11/12=2012-11-18
            Posted 03/04/2023 at noon.       | 03/04/2023=2023-3-4/4-3
            Posted 18/19/2012 at noon.       | -
            A ratio of 1/2/3 was agreed.     | -
            The file 2012/11/18 was read.    | -
            """)
    void findsDates(String text, String expected) {
        assertEquals(expected, AbsoluteDatesTest.describe(text, new SlashedDates()));
    }
}
