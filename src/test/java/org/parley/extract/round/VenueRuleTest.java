package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The places of a round a sentence names (the last sentence of each text). */
class VenueRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks opened in Geneva on Monday.                                  | Geneva
            The two delegations met at a hotel near Nairobi.                       | Nairobi
            The Doha talks ended without a deal.                                   | Doha
            The Jaffna ceasefire talks resumed in Oslo on Monday.                  | Oslo
            The Jaffna talks resumed on Monday.                                    | Jaffna
            The third round of the Athens-Ankara dialogue was held in Brussels.    | Brussels
            The talks were about the war in Sudan.                                 | -
            Marathon talks aimed at ending Moldova's long conflict ended early.    | -
            Prices rose in Geneva on Monday.                                       | -
            OSLO\\n\\nThe talks here ended on Monday.                               | Oslo
            """)
    void places(String text, String expected) {
        String t = text.replace("\\n", "\n");
        RoundDraft d = Annotated.apply(Annotated.last(t, "2024-03-13"), new VenueRule());
        String found = d.places.stream().map(p -> p.value().name()).collect(Collectors.joining(";"));
        assertEquals(expected, found.isEmpty() ? "-" : found, d.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks opened in Kenya on Monday.     | KE
            Kenya talks ended on Monday.             | KE
            The talks of Kenya and Sudan ended.      | -
            """)
    void venueCountries(String sentence, String expected) {
        RoundDraft d = Annotated.apply(Annotated.last(sentence, "2024-03-13"), new VenueRule());
        String found = d.venueCountries.stream().map(k -> k.id()).sorted().collect(Collectors.joining(";"));
        assertEquals(expected, found.isEmpty() ? "-" : found, d.toString());
    }
}
