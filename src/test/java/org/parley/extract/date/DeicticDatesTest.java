package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days named relative to publication (published on a Wednesday, 2023-04-05). */
class DeicticDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met yesterday.                  | yesterday=2023-04-04
            Today the envoys meet again.               | Today=2023-04-05
            The envoys meet tonight.                   | tonight=2023-04-05
            The envoys met this morning.               | this morning=2023-04-05
            The envoys meet tomorrow.                  | tomorrow=2023-04-06
            The envoys met this week.                  | -
            The envoys met last month.                 | -
            Todays figures were low.                   | -
            """)
    void findsRelativeDays(String text, String expected) {
        assertEquals(expected, DateFixture.describe(DeicticDates.find(text, DateFixture.WEDNESDAY)));
    }
}
