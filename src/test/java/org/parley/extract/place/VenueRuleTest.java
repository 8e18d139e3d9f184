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
            They met at the Palais Rohan on Monday.           | Palais   | place Palais Rohan = Palais Rohan VENUE null
            They met at Villa Le Pin outside Vienna.          | Villa    | place Villa Le Pin = Villa Le Pin VENUE AT
            They met at the "Hall of Unity" on Monday.        | Hall     | place Hall of Unity = Hall of Unity VENUE null
            They dined at the Elm House and Garden on Friday. | Elm      | place Elm House and Garden = Elm House and Garden VENUE null
            He landed at Oslo's Gardermoen Airport.           | Gardermoen | place Gardermoen Airport = Gardermoen Airport VENUE null
            The bill went to the House of Representatives.    | House    | -
            Delegates arrived for the Harbour Summit.         | Harbour  | -
            """)
    void findsVenues(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new VenueRule(), sentence, word));
    }
}
