package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.Span;

/** Weekdays resolved against a Wednesday publication (2023-04-05). */
class WeekdayDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met on Monday.                              | Monday=2023-04-03
            The envoys will meet again on Friday.                  | Friday=2023-04-07
            The envoys met on Wednesday.                           | Wednesday=2023-04-05
            Monday's session was short.                            | Monday=2023-04-03
            The envoys met last Sunday.                            | last Sunday=2023-04-02
            The envoys met last Monday.                            | last Monday=2023-03-27
            The envoys meet next Monday.                           | next Monday=2023-04-10
            The envoys will meet on Monday. Monday is a holiday.   | Monday=2023-04-10, Monday=2023-04-03
            They will meet Monday. It will end Monday. Monday is a holiday. | Monday=2023-04-10, Monday=2023-04-10, Monday=2023-04-10
            The envoys fasted on Good Friday.                      | -
            The envoys meet every Monday.                          | -
            """)
    void resolvesWeekdays(String text, String expected) {
        Article a = DateFixture.annotate(text);
        assertEquals(expected, DateFixture.describe(WeekdayDates.find(text, a.get(Layers.TOKENS),
                a.get(Layers.SENTENCES), DateFixture.WEDNESDAY, List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They met on Monday, April 3, 2023.   | Monday, April 3, 2023 | -
            They met on Monday, after a delay.   | after                 | Monday=2023-04-03
            """)
    void skipsWeekdaysInsideDates(String text, String covered, String expected) {
        Article a = DateFixture.annotate(text);
        int at = text.indexOf(covered);
        List<Span> spans = List.of(new Span(at, at + covered.length()));
        assertEquals(expected, DateFixture.describe(WeekdayDates.find(text, a.get(Layers.TOKENS),
                a.get(Layers.SENTENCES), DateFixture.WEDNESDAY, spans)));
    }
}
