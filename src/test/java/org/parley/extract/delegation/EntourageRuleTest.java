package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "X was accompanied by A and B": X's delegation, A and B its members. */
class EntourageRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Austrian Chancellor Karl Huber was accompanied by Hans Gruber and Eva Maier.      | AT head=Karl Huber members=Hans Gruber, Eva Maier
            Austrian Chancellor Karl Huber arrived. He was accompanied by Hans Gruber.      | AT head=Karl Huber members=Hans Gruber
            Karl Huber was accompanied by Hans Gruber.                                      | ``
            Austrian Chancellor Karl Huber is being accompanied by Hans Gruber.             | AT head=Karl Huber members=Hans Gruber
            Austrian Chancellor Karl Huber was accompanied by his wife.                     | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, DelegationFixtures.labels(ROUND + sentence, new EntourageRule()));
    }
}
