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
            The plan held, said Meles Tadesse, a spokesman for the ministry. | Meles Tadesse      | 0.7
            Jane Roe, the country's chief negotiator, said so.        | Jane Roe                   | 0.7
            The talks moved to Addis Ababa, a city the president likes. | -                        | -
            The deal was signed in New York, the envoy said.          | -                          | -
            The Under-Secretary for Peacekeeping Operations, the chief of staff, spoke. | -          | -
            """)
    void findsNamesAfterTitles(String text, String names, String confidences) {
        TokenView tv = Annotated.tokens(text);
        List<Candidate> found = TitledNames.find(tv, new CandidateFilter(tv, tv.article()));
        assertEquals(names == null ? "" : names, Annotated.written(tv, found));
        assertEquals(confidences == null ? "" : confidences,
                String.join(" ", found.stream().map(c -> String.valueOf(c.confidence())).toList()));
    }
}
