package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class KnownNameExtensionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Later Moon Jae In said the talks went well.     | Moon Jae       | Moon Jae In
            Later Ana Pinto In Rome said so.                | Ana Pinto      | Ana Pinto
            Later Joe Biden Said so.                        | Joe Biden      | Joe Biden
            """)
    void completesAKnownOfficeHoldersName(String text, String found, String expected) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(expected, Annotated.written(tv, KnownNameExtension.apply(tv, Annotated.candidates(tv, found))));
    }
}
