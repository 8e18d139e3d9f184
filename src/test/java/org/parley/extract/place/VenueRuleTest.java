package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Venues ending in a venue noun after a cue. */
class VenueRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met at Lakeside Palace outside Berlin.  | Lakeside | place Lakeside Palace = Lakeside Palace VENUE DE
            The talks opened in Harbour House on Monday.      | Harbour  | place Harbour House = Harbour House VENUE null
            The talks opened at the White House on Monday.    | White    | -
            Lakeside Palace opened its doors to tourists.     | Lakeside | -
            They met at Tom and Jerry Hall.                   | Tom      | -
            """)
    void findsVenues(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new VenueRule(), sentence, word));
    }
}
