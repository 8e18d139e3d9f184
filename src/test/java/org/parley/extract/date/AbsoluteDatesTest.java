package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar dates with a month name, ISO and dotted dates; what is not a date. */
class AbsoluteDatesTest {
    static String describe(String text, DateRule rule) {
        String out = rule.find(text).stream()
                .map(r -> r.span().of(text) + "=" + r.year() + "-" + r.month() + "-" + r.day()
                        + (r.altMonth() != null ? "/" + r.altMonth() + "-" + r.altDay() : ""))
                .collect(Collectors.joining("; "));
        return out.isEmpty() ? "-" : out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They met on Feb. 28, 2022 in Valletta.         | Feb. 28, 2022=2022-2-28
            They met on Monday, March 6, 2023.             | Monday, March 6, 2023=2023-3-6
            They met on 26 February 2022.                  | 26 February 2022=2022-2-26
            They met on Fri 7 Jul 2017.                    | Fri 7 Jul 2017=2017-7-7
            Talks resume Sept. 19.                         | Sept. 19=null-9-19
            Talks ended June 28th.                         | June 28th=null-6-28
            Talks were held June 15-18.                    | June 15-18=null-6-15
            Talks were held 20-22 June.                    | 20-22 June=null-6-20
            The deal is dated 2022-03-02.                  | 2022-03-02=2022-3-2
            The deal is dated 21.04.2013.                  | 21.04.2013=2013-4-21
            Some 660,000 people fled.                      | -
            The convoy left at 5 a.m.                      | -
            The may be no deal.                            | -
            """)
    void findsDates(String text, String expected) {
        assertEquals(expected, describe(text, new AbsoluteDates()));
    }
}
