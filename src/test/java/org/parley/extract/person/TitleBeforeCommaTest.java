package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class TitleBeforeCommaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Officials said the US ambassador to Chile, Tom Reed, will attend.  | Tom  | Ambassador to Chile/US
            Greece's foreign minister, Ana Pinto, arrived on Monday.           | Ana  | Foreign Minister/GR
            The Peruvian envoy, Ana Pinto, arrived on Monday.                  | Ana  | Envoy/PE
            Greek Foreign Minister Ana Pinto arrived on Monday.                | Ana  | ""
            In Athens, Ana Pinto arrived on Monday.                            | Ana  | ""
            Like the minister. Ana Pinto arrived on Monday.                    | Ana  | ""
            """)
    void readsATitleSetOffByAComma(String text, String first, String expected) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(expected, Annotated.roleAndCountry(
                TitleBeforeComma.find(tv, Annotated.agents(tv), Annotated.token(tv, first))));
    }
}
