package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

    private static String describe(String text) {
        return QuoteFixtures.SEGMENTER.segments(text).stream()
                .map(s -> s.inner().of(text) + (s.terminated() ? "" : " (open)") + (s.continuation() ? " (continued)" : ""))
                .collect(Collectors.joining(" / "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            She said “We will meet again.” Then she left.        | We will meet again.
            He called it “the end”, and left.                    | the end
            “We will meet again,” she said.                      | We will meet again
            It is ‘a fair day’ here.                             | a fair day
            «Nous restons ici» dit-il.                           | Nous restons ici
            The side of Ukraine’s team met Malta’s team.         | ``
            “One ‘inner’ word and “more” here”                   | One ‘inner’ word and “more
            A "plain" mark and a "second" one.                   | plain / second
            “First paragraph\\n“Second paragraph”                 | First paragraph (open) / Second paragraph (continued)
            “First paragraph\\nNo quote here. “Later”             | First paragraph (open) / Later
            “Open to the end                                     | Open to the end (open)
            """)
    void findsQuotedSegments(String text, String expected) {
        assertEquals(expected == null ? "" : expected, describe(text.replace("\\n", "\n")));
    }
}
