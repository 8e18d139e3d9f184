package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Team nouns and their sides open one draft per side. */
class TeamNounRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Austrian delegation arrived early.                          | AT head=- members=
            Austria and Hungary’s delegations met.                          | AT head=- members=; HU head=- members=
            Delegations from Austria and Hungary met.                       | AT head=- members=; HU head=- members=
            The delegation of Austria and the United Nations representatives met. | AT head=- members=
            Austria’s government delegation arrived early.                  | AT head=- members=
            The team arrived early.                                         | ``
            The Austrian minister arrived early.                            | ``
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule()));
    }
}
