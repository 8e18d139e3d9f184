package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class ModelNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Greek Foreign Minister Nikos Dendias met reporters in Athens.   | Nikos Dendias
            The National Reconciliation plan was signed on Monday.          | -
            """)
    void takesTheModelsNamesWithoutTitles(String text, String names) {
        TokenView tv = Annotated.tokens(text);
        String found = Annotated.written(tv, ModelNames.find(tv, tv.article(), new CandidateFilter(tv, tv.article())));
        assertEquals(names == null ? "" : names, found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            The National Reconciliation plan was signed.  | National Reconciliation  | true
            Yesterday Maria Lopez spoke.                  | Maria Lopez              | false
            Envoy Tom Vargas spoke.                       | Tom Vargas               | false
            """)
    void recognizesCapitalizedCommonWords(String text, String phrase, boolean common) {
        TokenView tv = Annotated.tokens(text);
        Candidate c = Annotated.candidates(tv, phrase).get(0);
        assertEquals(common, ModelNames.commonWords(tv, c.from(), c.to()));
    }
}
