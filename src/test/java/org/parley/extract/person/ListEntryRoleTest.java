package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class ListEntryRoleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Mary Byrne: Ireland's permanent representative to the EU                | Ireland's permanent representative to the EU/IE
            Sean Walsh: director general at the Department of Foreign Affairs       | Director general at the Department of Foreign Affairs/null
            Sean Walsh: she will arrive later in the week                           | -
            Sean Walsh: envoy                                                       | -
            """)
    void readsAWhosWhoLine(String line, String expected) {
        TokenView tv = Annotated.tokens("Who is in the delegation?\n\n  • " + line + "\n");
        int colon = Annotated.token(tv, ":");
        assertTrue(ListEntryRole.follows(tv, colon));
        assertEquals(expected == null ? "" : expected, Annotated.roleAndCountry(ListEntryRole.find(tv, colon)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            He told Sean Walsh: the envoy will come.     | Walsh
            Sean Walsh, the envoy, will come.            | Walsh
            """)
    void needsTheNameToOpenItsLineBeforeAColon(String text, String last) {
        TokenView tv = Annotated.tokens(text);
        int nameTo = Annotated.token(tv, last) + 1;
        assertTrue(!ListEntryRole.follows(tv, nameTo) || ListEntryRole.find(tv, nameTo).isEmpty());
    }
}
