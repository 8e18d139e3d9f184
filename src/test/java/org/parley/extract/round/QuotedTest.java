package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a word lies inside a quotation opened in its sentence. */
class QuotedTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            “I met them this evening in Oslo,” he said.        | evening | true
            He said he met them this evening in Oslo.          | evening | false
            “We are ready,” he said this evening.              | evening | false
            'He said: "we met this evening" and left.'         | evening | true
            """)
    void inside(String sentence, String word, boolean expected) {
        assertEquals(expected, Quoted.inside(sentence, 0, sentence.indexOf(word)));
    }
}
