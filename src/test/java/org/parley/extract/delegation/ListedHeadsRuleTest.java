package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Elliptical lists of heads after a head: "..., Hungary - Deputy Minister X". */
class ListedHeadsRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Austrian delegation is headed by Foreign Minister Karl Huber, Hungary - Deputy Foreign Minister Peter Szabo, Slovakia - State Secretary Jan Novak. | AT head=Karl Huber members=; HU head=Peter Szabo members=; SK head=Jan Novak members=
            The Austrian delegation is headed by Foreign Minister Karl Huber, who met Hungary and Peter Szabo. | AT head=Karl Huber members=
            The Austrian delegation arrived, Hungary - Deputy Foreign Minister Peter Szabo.                   | AT head=- members=
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new LedByRule(), new ListedHeadsRule()));
    }
}
