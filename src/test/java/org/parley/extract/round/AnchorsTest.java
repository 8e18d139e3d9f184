package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words a round's date or place must stand near, and the token distance test. */
class AnchorsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were held in Oslo.              | talks;held
            Envoys attended the summit.               | summit;attended
            Both sides signed the peace accord.       | signed the peace accord;signed
            Prices rose in Oslo.                      | -
            """)
    void anchors(String sentence, String expected) {
        String found = Anchors.of(sentence, 0).stream().map(a -> sentence.substring(a[0], a[1]))
                .collect(Collectors.joining(";"));
        assertEquals(expected, found.isEmpty() ? "-" : found);
    }

    @ParameterizedTest(name = "{0} within {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks opened in Oslo on Monday.                                        | 3  | true
            The talks opened in a big old hall by the sea in Oslo on Monday.           | 3  | false
            The talks opened in a big old hall by the sea in Oslo on Monday.           | 12 | true
            """)
    void near(String sentence, int window, boolean expected) {
        MentionContext c = Annotated.context(sentence, "2024-03-13", 0);
        int at = sentence.indexOf("Oslo");
        boolean found = Anchors.near(c.tokens(), Anchors.of(sentence, 0), new org.parley.article.Span(at, at + 4), window);
        assertEquals(expected, found);
    }
}
