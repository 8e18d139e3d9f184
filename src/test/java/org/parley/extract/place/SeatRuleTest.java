package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An organization's seat after a venue preposition is a venue. */
class SeatRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met at NATO headquarters in Brussels.  | NATO | place NATO headquarters = NATO headquarters VENUE BE
            Protesters gathered outside OSCE headquarters.     | OSCE | place OSCE headquarters = OSCE headquarters VENUE null
            NATO headquarters issued a statement.              | NATO | -
            They praised NATO and its headquarters staff.      | NATO | -
            """)
    void findsSeats(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new SeatRule(), sentence, word));
    }
}
