package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heads of several delegations after "Heading the delegations are". */
class FrontedHeadsRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Heading the other delegations are Austrian Chancellor Karl Huber and Polish envoy Jan Nowak. | Austria head=Karl Huber members=; Poland head=Jan Nowak members=
            Heading the delegations are the ministers of Spain and Italy, Juan Perez and Marco Rossi respectively. | Spain head=Juan Perez members=; Italy head=Marco Rossi members=
            Leading the two delegations were Turkish Cypriot leader Ali Demir and Greek Cypriot leader Nikos Petrou. | Turkish Cypriots head=Ali Demir members=; Greek Cypriots head=Nikos Petrou members=
            Heading home after the talks, Karl Huber met Jan Nowak.                                     | ``
            """)
    void finds(String sentence, String expected) {
        assertEquals(expected == null ? "" : expected, DelegationFixtures.labels(ROUND + sentence, new FrontedHeadsRule()));
    }
}
