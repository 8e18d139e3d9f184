package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Span;

/** The dateline's city as the place of the day's unplaced round. */
class DatelinePlaceTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2024-03-13");

    @ParameterizedTest(name = "{0} {1} days before, announced {2}, confidence {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            CITY    | 0 | false | 0.7 | true
            CITY    | 1 | false | 0.9 | true
            CITY    | 5 | false | 0.9 | false
            CITY    | 0 | true  | 0.9 | false
            CITY    | 0 | false | 0.3 | false
            COUNTRY | 0 | false | 0.9 | false
            """)
    void places(Place.Kind kind, int daysBefore, boolean announced, double confidence, boolean expected) {
        Span s = new Span(0, 1);
        RoundDraft round = new RoundDraft(s);
        round.date = new Evidenced<>(PUBLISHED.minusDays(daysBefore), s, confidence);
        round.announced = announced;
        PlaceMention dateline = new PlaceMention(s, "VALMORA", new Place("valmora", "Valmora", kind, "PT", null, null, null),
                false, DateRule.EXACT_DATE);
        DatelinePlace.apply(List.of(round), dateline, PUBLISHED);
        assertEquals(expected, !round.places.isEmpty());
    }
}
