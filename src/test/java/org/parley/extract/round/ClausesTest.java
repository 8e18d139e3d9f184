package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a round is a sentence's subject, and where its main clause ends. */
class ClausesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks, held at a hotel, ended on Monday.                          | true
            Peace talks between the two sides resumed.                            | true
            Following talks in Oslo, the envoys flew home.                        | true
            After the talks, the envoys flew home.                                | false
            The ministers said the talks had ended.                               | false
            The long and very difficult winter of the region finally ended with talks. | false
            """)
    void subject(String sentence, boolean expected) {
        MentionContext c = Annotated.context(sentence, "2024-03-13", 0);
        assertEquals(expected, Clauses.subjectTrigger(c.tokens(), c.span(), c.text()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks opened in Oslo, as the fighting went on.    | The talks opened in Oslo
            The talks opened while the fighting went on.          | The talks opened
            The talks opened in Oslo on Monday.                   | The talks opened in Oslo on Monday.
            """)
    void mainClause(String sentence, String expected) {
        assertEquals(expected, sentence.substring(0, Clauses.mainClauseEnd(sentence)));
    }
}
