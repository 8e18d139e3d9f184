package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class FullNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Envoy Ana Silva arrived. Silva spoke.                   | Ana Silva;Silva           | Silva     | Ana Silva
            Chairman Park Min-soo met Park Ji-won. Mr. Park spoke.  | Park Min-soo;Park Ji-won;Park | Park  | Park Min-soo
            Envoy Ana Silva arrived. Ana spoke.                     | Ana Silva;Ana             | Ana       | Ana Silva
            Envoy Ana Silva met Ana Costa. Ana spoke.               | Ana Silva;Ana Costa;Ana   | Ana       | Ana Silva
            Envoy Ana Silva arrived. Costa spoke.                   | Ana Silva;Costa           | Costa     | -
            Envoy Ana Silva arrived. Envoy Silva spoke.             | Ana Silva;Silva           | Ana Silva | Ana Silva
            """)
    void mapsShortFormsToFullNames(String text, String names, String form, String full) {
        TokenView tv = Annotated.tokens(text);
        var map = FullNames.of(tv, Annotated.candidates(tv, names.split(";")));
        assertEquals(full, map.get(form));
    }
}
