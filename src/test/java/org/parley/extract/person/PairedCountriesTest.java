package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class PairedCountriesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Romanian and Bulgarian PMs Ion Popescu and Georgi Ivanov signed.   | PMs        | RO BG
            The Greek and Turkish envoys Ana Silva and Tom Reed met.           | envoys     | GR TR
            Bulgarian PMs Ion Popescu and Georgi Ivanov signed.                | PMs        | -
            Romanian and Bulgarian PM Ion Popescu signed.                      | PM         | -
            """)
    void pairsTwoCountriesBeforeAPluralTitle(String text, String title, String expected) {
        TokenView tv = Annotated.tokens(text);
        String found = PairedCountries.find(tv, Annotated.agents(tv), Annotated.token(tv, title))
                .map(p -> p.first() + " " + p.second()).orElse(null);
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            The foreign ministers of Greece and Chile, Ana Silva and Tom Reed, met.   | ministers | Silva | GR CL
            The envoy of Peru and Chile, Ana Silva, spoke.                            | envoy     | Silva | PE CL
            The foreign minister of Greece, Ana Silva, spoke.                         | minister  | Silva | -
            Romanian and Bulgarian PMs Ion Popescu and Georgi Ivanov signed.          | PMs       | Ion   | RO BG
            """)
    void pairsTheCountriesOfATitlesOfPhrase(String text, String title, String firstName, String expected) {
        TokenView tv = Annotated.tokens(text);
        int from = Annotated.token(tv, title);
        RoleFact fact = new RoleFact("Minister", Side.NONE, from, Annotated.token(tv, firstName));
        String found = PairedCountries.around(tv, Annotated.agents(tv), fact)
                .map(p -> p.first() + " " + p.second()).orElse(null);
        assertEquals(expected, found);
    }
}
