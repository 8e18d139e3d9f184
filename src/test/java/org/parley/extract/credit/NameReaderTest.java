package org.parley.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe and Tom Reed              | false | Jane Roe; Tom Reed
            Jane Roe & Tom Reed, Ana Cruz      | false | Jane Roe; Tom Reed; Ana Cruz
            MARIA LOPEZ Associated Press       | true  | Maria Lopez
            MARIA LOPEZ Associated Press       | false | ``
            Ana de la Cruz                     | false | Ana de la Cruz
            J. Roe                             | false | J. Roe
            JEAN-PIERRE O'NEIL                 | false | Jean-Pierre O'Neil
            Jane Roe, Harbour Staff            | false | Jane Roe
            Harbour Staff                      | false | ``
            Monday March                       | false | ``
            Jane                               | false | ``
            One Two Three Four Five Six        | false | ``
            Reuters Desk                       | false | ``
            """)
    void readsNames(String list, boolean capsThenOther, String expected) {
        assertEquals(expected == null ? "" : expected, String.join("; ", CreditFixtures.NAMES.names(list, capsThenOther)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            JEAN-PIERRE O'NEIL | Jean-Pierre O'Neil
            Anna Berg          | Anna Berg
            ANNA BERG          | Anna Berg
            A. BERG            | A. Berg
            """)
    void titleCasesNamesInCapitals(String name, String expected) {
        assertEquals(expected, NameReader.titleCase(name));
    }
}
