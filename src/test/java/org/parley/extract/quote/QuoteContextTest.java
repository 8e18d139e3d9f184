package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteContextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe met Karl Huber.                              | Jane Roe; Karl Huber                 | Jane Roe=Jane Roe; Karl Huber=Karl Huber
            Jane Roe spoke. He left.                              | Jane Roe                             | Jane Roe=Jane Roe; He=(pronoun)
            Jane Roe came. Later the Turkish minister spoke.      | Jane Roe:minister:TR                 | Jane Roe=Jane Roe; the Turkish minister=Jane Roe
            Jane Roe came. Later the Martian minister spoke.      | Jane Roe:minister:TR                 | Jane Roe=Jane Roe; the Martian minister=Jane Roe
            Jane Roe came. Later the Austrian minister spoke.     | Jane Roe:minister:TR                 | Jane Roe=Jane Roe
            Jane Roe came. Later the Turkish envoy spoke.         | Jane Roe:minister:TR                 | Jane Roe=Jane Roe
            Jane Roe said “he will come to the talks”.            | Jane Roe                             | Jane Roe=Jane Roe
            """)
    void findsSpeakerCandidates(String text, String persons, String expected) {
        QuoteContext ctx = QuoteFixtures.context(text, persons);
        String found = ctx.candidates().stream()
                .map(c -> c.span().of(text) + "=" + (c.pronoun() ? "(pronoun)" : c.name()))
                .collect(Collectors.joining("; "));
        assertEquals(expected, found);
    }
}
