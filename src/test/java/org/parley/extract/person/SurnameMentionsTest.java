package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class SurnameMentionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Envoy Ana Silva arrived. Silva said the talks went well.    | Ana Silva | Silva
            Envoy Ana Silva arrived. Later Ana waved.                   | Ana Silva | Ana
            Envoy Ana Silva arrived. Costa said the talks went well.    | Ana Silva | -
            Envoy Silva arrived. Silva said the talks went well.        | Silva     | -
            """)
    void findsLoneSurnamesOfFullNames(String text, String name, String surnames) {
        TokenView tv = Annotated.tokens(text);
        var found = SurnameMentions.find(tv, new CandidateFilter(tv, tv.article()), Annotated.candidates(tv, name));
        assertEquals(surnames == null ? "" : surnames, Annotated.written(tv, found));
    }
}
