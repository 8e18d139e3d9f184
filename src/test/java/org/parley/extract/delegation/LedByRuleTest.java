package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heads named by a leading verb or right after "a team of". */
class LedByRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Austrian delegation, led by Foreign Minister Karl Huber, arrived. | AT head=Karl Huber members=
            The Austrian delegation will be headed by Karl Huber.           | AT head=Karl Huber members=
            Karl Huber led the Austrian delegation.                         | AT head=Karl Huber members=
            A team of United Nations Special Envoy Karl Huber arrived.      | United Nations head=Karl Huber members=
            The Austrian delegation was represented by Karl Huber.          | AT head=Karl Huber members=
            The Austrian delegation met Karl Huber.                         | AT head=- members=
            Karl Huber arrived. The Austrian delegation met later.          | AT head=- members=
            The Austrian delegation arrived. The Austrian interagency delegation headed by Karl Huber met. | AT head=Karl Huber members=
            Two Austrian officials said their country's delegation was led by Minister Karl Huber. | AT head=Karl Huber members=
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new LedByRule()));
    }
}
