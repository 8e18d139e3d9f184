package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences speak of a round, and which names a trigger follows. */
class TriggersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The peace talks resumed on Monday.                  | true
            Negotiators held a second session.                  | true
            The two ministers met in Oslo.                      | true
            The envoys met privately before dawn.               | true
            She met Lindqvist at the airport.                   | true
            Both sides sat down for the first time.             | true
            They signed a framework agreement after midnight.   | true
            Two accords were reached after long haggling.       | true
            The dialogue between the capitals goes on.          | true
            The final signing ceremony takes place on Friday.   | true
            Prices rose sharply in the spring.                  | false
            Demand was met, the ministry said.                  | false
            The minister signed the guest book.                 | false
            Farmers protested against the new tax.              | false
            The firm met its sales target in May.               | false
            The plan met stiff resistance from farmers.         | false
            The envoy met Halvorsen before the vote.            | true
            """)
    void present(String sentence, boolean expected) {
        assertEquals(expected, Triggers.present(sentence, sentence.toLowerCase(Locale.ROOT)));
    }

    @ParameterizedTest(name = "{0} after {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the Doha talks went on                 | Doha          | true
            the Doha peace talks went on           | Doha          | true
            the Vienna nuclear negotiation went on | Vienna        | true
            the Vienna city hall talks             | Vienna        | false
            Doha said the talks went on            | Doha          | false
            the Oslo accords                       | Oslo          | false
            """)
    void follows(String sentence, String name, boolean expected) {
        int end = sentence.indexOf(name) + name.length();
        assertEquals(expected, Triggers.follows(sentence, end));
    }
}
