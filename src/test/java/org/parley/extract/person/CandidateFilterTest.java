package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class CandidateFilterTest {

    @ParameterizedTest(name = "{0} : {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Yesterday Ana Silva spoke to reporters.          | Ana Silva                  | true
            The Washington Post reported it first.           | Washington Post            | false
            The Northern Herald reported it first.           | Northern Herald            | false
            The plan of Ana Silva and Bo Lind was read.      | Ana Silva and Bo Lind      | false
            Ana Bo Cy Di Ed Fa spoke.                        | Ana Bo Cy Di Ed Fa         | false
            They met in Geneva on Monday.                    | Geneva                     | false
            A Sputnik correspondent reported it.             | Sputnik                    | false
            Ana Silva (@asilva) wrote this an hour ago.      | Ana Silva                  | false
            Ana Silva (the envoy) spoke.                     | Ana Silva                  | true
            "The talks went on for hours in the old city.\nThe envoys met there with Tomas"        | Tomas | false
            "The talks went on for hours in the old city.\nThe envoys met there with Tomas today." | Tomas | true
            The Lima Agreement was signed.                   | Lima Agreement             | false
            Envoys Sign Peace Deal                           | Peace Deal                 | false
            """)
    void acceptsOnlyWhatMayBeAName(String text, String phrase, boolean accepted) {
        TokenView tv = Annotated.tokens(text);
        Candidate c = Annotated.candidates(tv, phrase).get(0);
        List<Candidate> found = new ArrayList<>();
        new CandidateFilter(tv, tv.article()).add(found, c.from(), c.to(), 0.5);
        assertEquals(accepted, !found.isEmpty());
    }
}
