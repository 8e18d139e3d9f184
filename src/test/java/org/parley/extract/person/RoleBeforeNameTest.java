package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class RoleBeforeNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Greek Foreign Minister Nikos Dendias met reporters.          | Nikos | Foreign Minister/GR
            The Japanese Ambassador to Brazil Kenji Tanaka attended.     | Kenji | Ambassador to Brazil/JP
            The summit was opened by the President of Finland Sauli Niinisto. | Sauli | President of Finland/FI
            Later, Warsaw military spokesman Piotr Nowak said it.        | Piotr | Spokesperson/PL
            Polish ex-president Jan Kowalski spoke.                      | Jan   | President/PL
            Yesterday Nikos Dendias met reporters.                       | Nikos | -
            """)
    void findsTheTitleBeforeTheName(String text, String first, String expected) {
        TokenView tv = Annotated.tokens(text);
        String found = Annotated.roleAndCountry(RoleBeforeName.find(tv, Annotated.agents(tv), Annotated.token(tv, first)));
        assertEquals(expected == null ? "" : expected, found);
    }
}
