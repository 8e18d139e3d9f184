package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class CountryOfPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Mevlut Cavusoglu of Turkey spoke first.        | Cavusoglu | TR
            Ana Silva of the ministry spoke first.         | Silva     | -
            Ana Silva of Greek descent spoke first.        | Silva     | -
            Ana Silva spoke of Turkey.                     | Silva     | -
            Kim Jong Un of North Korea will attend.        | Un        | KP
            Ana Silva of the United States spoke first.    | Silva     | US
            Ana Silva of the Foreign Ministry spoke.       | Silva     | -
            """)
    void readsTheCountryAfterOf(String text, String last, String country) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(country, CountryOfPhrase.find(tv, Annotated.agents(tv), Annotated.token(tv, last) + 1).orElse(null));
    }
}
