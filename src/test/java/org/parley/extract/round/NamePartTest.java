package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place names inside longer names ("the Hotel Bristol") and place names standing alone. */
class NamePartTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoys met at the Hotel Bristol in Oslo.      | Bristol | true
            The envoys met at the Hotel Bristol in Oslo.      | Oslo    | false
            The talks opened in Geneva on Monday.             | Geneva  | false
            Envoys Resume Talks In Geneva                     | Geneva  | false
            Geneva talks resumed on Monday.                   | Geneva  | false
            The talks opened in the Norwegian region of Vestland. | region of Vestland | false
            """)
    void inside(String sentence, String place, boolean expected) {
        ArticleFacts facts = Annotated.facts(sentence, "2024-03-13");
        int token = facts.tokens().tokenAt(sentence.indexOf(place));
        assertEquals(expected, NamePart.insideLongerName(facts.tokens(), token, 0));
    }
}
