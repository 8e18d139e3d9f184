package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeechVerbsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said on Monday           | said
            according to the minister         | according to
            she emphasized the point          | emphasized
            he pointed out that it failed     | pointed out
            the sayings of old                | -
            He Said so                        | -
            the talks went well               | -
            """)
    void findsSpeechVerbs(String text, String verb) {
        Matcher m = SpeechVerbs.PATTERN.matcher(text);
        assertEquals(verb, m.find() ? m.group() : "-");
    }
}
