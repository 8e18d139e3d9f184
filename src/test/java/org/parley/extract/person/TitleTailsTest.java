package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class TitleTailsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The Ambassador to Brazil Kenji Tanaka attended.                      | to  | Kenji | true
            The President of the Republic of Kazakhstan Aru Bek attended.        | of  | Aru   | true
            The Ambassador to the talks Kenji Tanaka attended.                   | to  | Kenji | false
            The Ambassador by Brazil Kenji Tanaka attended.                      | by  | Kenji | false
            The Ambassador to Brazil Mr. Kenji Tanaka attended.                  | to  | Kenji | false
            """)
    void recognizesTails(String text, String from, String to, boolean tail) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(tail, TitleTails.isTail(tv, Annotated.token(tv, from), Annotated.token(tv, to)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            The President of Finland Sauli Niinisto spoke.        | of | Sauli | FI
            The Ambassador to Brazil Kenji Tanaka attended.       | to | Kenji | -
            """)
    void findsTheCountryOfAnOfPhrase(String text, String from, String to, String country) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(country, TitleTails.countryInOfPhrase(tv, Annotated.agents(tv), Annotated.token(tv, from),
                Annotated.token(tv, to)));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The President of Finland Sauli Niinisto spoke.        | Sauli  | true
            The Foreign Minister Ana Silva spoke.                 | Ana    | true
            Yesterday Ana Silva spoke.                            | Ana    | false
            """)
    void knowsWhereATitleEnds(String text, String word, boolean ends) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(ends, TitleTails.titleEndsAt(tv, Annotated.token(tv, word)));
    }
}
