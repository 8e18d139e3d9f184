package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class TitledNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Foreign Minister Ana Silva spoke on Monday.               | Ana Silva;Ana Silva        | 0.85 0.85
            Presidents Emmanuel Macron and Joe Biden met.             | Emmanuel Macron;Joe Biden  | 0.85 0.8
            Envoy Mr. Tom Reed spoke.                                 | Tom Reed                   | 0.85
            The minister spoke on Monday.                             | -                          | -
            The envoy of the Northern Herald spoke.                   | -                          | -
            """)
    void findsNamesAfterTitles(String text, String names, String confidences) {
        TokenView tv = Annotated.tokens(text);
        List<Candidate> found = TitledNames.find(tv, new CandidateFilter(tv, tv.article()));
        assertEquals(names == null ? "" : names, Annotated.written(tv, found));
        assertEquals(confidences == null ? "" : confidences,
                String.join(" ", found.stream().map(c -> String.valueOf(c.confidence())).toList()));
    }
}
