package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences that open by placing the round just reported. */
class PlaceOpenerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Held in the port city of Valmora, the ceremony drew crowds.  | true
            Hosted at a lakeside villa, the event lasted an hour.        | true
            He held in his hand a copy of the accord.                    | false
            The ceremony was held in Valmora.                            | false
            """)
    void opens(String sentence, boolean expected) {
        assertEquals(expected, PlaceOpener.opens(sentence));
    }
}
