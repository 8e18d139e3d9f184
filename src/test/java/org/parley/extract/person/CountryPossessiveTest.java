package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

/** "Britain's Jane Roe": a country's possessive before a name gives the person's country. */
class CountryPossessiveTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            The envoy thanked Britain's Jane Roe on Monday.   | Jane | GB
            The envoy thanked Ukraine’s Jane Roe on Monday.   | Jane | UA
            The envoy thanked Moscow's Jane Roe on Monday.    | Jane | -
            The envoy thanked the Kremlin's Jane Roe.         | Jane | -
            The envoy thanked Jane Roe on Monday.             | Jane | -
            """)
    void givesTheCountry(String text, String first, String expected) {
        TokenView tv = Annotated.tokens(text);
        int from = Annotated.token(tv, first);
        assertEquals(expected, CountryPossessive.find(tv, Annotated.agents(tv), from).map(RoleFact::country).orElse(null));
    }
}
