package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class SideFinderTest {

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Later, Warsaw military spokesman Piotr Nowak spoke.   | spokesman  | PL | -
            Later, Russia's top negotiator spoke.                 | negotiator | RU | -
            Later, Iran's chief nuclear negotiator spoke.         | negotiator | IR | -
            Later, the North Korean leader spoke.                 | leader     | KP | -
            Later, the South Korean leader spoke.                 | leader     | KR | -
            Later, the Greek foreign minister spoke.              | foreign    | GR | -
            Later, a United Nations envoy spoke.                  | envoy      | -  | United Nations
            Later, the quiet spokesman spoke.                     | spokesman  | -  | -
            The Greek team left and the spokesman spoke.          | spokesman  | -  | -
            """)
    void findsTheSideBeforeATitle(String text, String title, String country, String affiliation) {
        TokenView tv = Annotated.tokens(text);
        int k = Annotated.token(tv, title);
        Side side = SideFinder.before(tv, Annotated.agents(tv), k, tv.get(k).sentence());
        assertEquals(country, side.country());
        assertEquals(affiliation, side.affiliation());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Greece  | GR
            Greek   | GR
            Athens  | -
            Silva   | -
            """)
    void readsCountryNamesAndDemonyms(String word, String country) {
        assertEquals(country, SideFinder.countryOrDemonym(word).orElse(null));
    }
}
