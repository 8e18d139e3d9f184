package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.Span;

/** Rounds at one place: one round unless their dates or ordinals differ. */
class SamePlaceMergeTest {
    /** Any confidence of a place or ordinal stated in the text. */
    private static final double CONFIDENCE = 0.9;

    @ParameterizedTest(name = "{0} {1} {2} / {3} {4} {5} -> {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Oslo   | 2024-03-11 | -  | Oslo   | 2024-03-11 | -  | 1
            Oslo   | 2024-03-11 | -  | Oslo   | -          | -  | 1
            Oslo   | -          | -  | Oslo   | -          | 2  | 1
            Oslo   | 2024-03-11 | -  | Oslo   | 2024-04-02 | -  | 2
            Oslo   | -          | 1  | Oslo   | -          | 2  | 2
            Oslo   | 2024-03-11 | -  | Bergen | 2024-03-11 | -  | 2
            """)
    void merge(String placeA, String dateA, Integer ordA, String placeB, String dateB, Integer ordB, int expected) {
        List<RoundDraft> out = SamePlaceMerge.merge(List.of(draft(placeA, dateA, ordA), draft(placeB, dateB, ordB)));
        assertEquals(expected, out.size());
    }

    private static RoundDraft draft(String place, String date, Integer ordinal) {
        RoundDraft d = new RoundDraft(new Span(0, 1));
        Span s = new Span(0, 1);
        d.places.add(new Evidenced<>(new Place(place, place, Place.Kind.CITY, "NO", null, null, null), s, CONFIDENCE));
        d.date = date == null ? null : new Evidenced<>(LocalDate.parse(date), s, DateRule.EXACT_DATE);
        d.ordinal = ordinal == null ? null : new Evidenced<>(ordinal, s, CONFIDENCE);
        return d;
    }
}
