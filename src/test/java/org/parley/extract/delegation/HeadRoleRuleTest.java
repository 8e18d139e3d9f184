package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heads and members by a person's role. */
class HeadRoleRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Karl Huber, the head of the Austrian delegation, arrived.       | AT head=Karl Huber members=
            Top Austrian negotiator Karl Huber arrived.                     | AT head=Karl Huber members=
            Austrian chief negotiator Karl Huber arrived.                   | AT head=Karl Huber members=
            Austrian negotiator Karl Huber arrived.                         | AT head=- members=Karl Huber
            Austrian Foreign Minister Karl Huber arrived.                   | ``
            Austria's chief nuclear negotiator Karl Huber arrived.          | AT head=Karl Huber members=
            The chief negotiator Karl Huber arrived.                        | ``
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new HeadRoleRule()));
    }
}
