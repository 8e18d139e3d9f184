package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class GivenNameStartsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Yesterday Maria Lopez spoke to reporters.    | Maria Lopez
            Yesterday Maria spoke to reporters.          | -
            The talks followed Maria's plan.             | -
            The talks followed the plan of maria lopez.  | -
            """)
    void findsNamesStartingWithAGivenName(String text, String names) {
        TokenView tv = Annotated.tokens(text);
        assertEquals(names == null ? "" : names,
                Annotated.written(tv, GivenNameStarts.find(tv, new CandidateFilter(tv, tv.article()))));
    }
}
