package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titled people named with side-less delegations head their own country's. */
class LeadersOfDelegationsRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Austrian Chancellor Karl Huber and Polish President Jan Nowak met before their delegations joined. | AT head=Karl Huber members=; PL head=Jan Nowak members=
            Karl Huber and Jan Nowak met before their delegations joined.                                     | ``
            Austrian Chancellor Karl Huber met the Polish delegations.                                        | ``
            Austrian Chancellor Karl Huber met reporters. The delegations joined later.                       | ``
            Austrian Chancellor Karl Huber welcomed delegations from forty countries.                         | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected,
                DelegationFixtures.labels(ROUND + sentence, new LeadersOfDelegationsRule()));
    }
}
