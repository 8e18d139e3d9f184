package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Title;

class TitleLookupTest {

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Foreign Minister Ana Silva spoke.          | Foreign    | Foreign Minister
            Presidents Ana Silva and Tom Reed met.     | Presidents | President
            The envoy left early.                      | envoy      | Envoy
            The Chief Negotiator left early.           | Chief      | Chief Negotiator
            The minister's car left early.             | car        | -
            Ana Silva spoke.                           | Ana        | -
            """)
    void findsTheTitleStartingAtAToken(String text, String word, String role) {
        TokenView tv = Annotated.tokens(text);
        Title t = TitleLookup.at(tv, Annotated.token(tv, word));
        assertEquals(role, t == null ? null : t.role());
    }
}
