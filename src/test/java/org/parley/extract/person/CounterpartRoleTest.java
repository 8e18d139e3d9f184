package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class CounterpartRoleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Foreign Minister Ana Silva met her Turkish counterpart Mevlut Cavusoglu.   | Mevlut | Foreign Minister/TR
            Ana Silva met her Turkish counterpart Mevlut Cavusoglu.                    | Mevlut | null/TR
            Foreign Minister Ana Silva met Mevlut Cavusoglu.                           | Mevlut | -
            """)
    void takesTheOtherPersonsRole(String text, String first, String expected) {
        TokenView tv = Annotated.tokens(text);
        String found = Annotated.roleAndCountry(CounterpartRole.find(tv, Annotated.agents(tv), Annotated.token(tv, first)));
        assertEquals(expected == null ? "" : expected, found);
    }
}
