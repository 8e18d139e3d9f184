package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Members listed after "included", "alongside", "joined by". */
class ListedMembersRuleTest {
    private static final String ROUND = "Peace talks opened in Geneva on Monday. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Canada’s team, led by Trade Minister Claire Dubois, included Finance Minister Paul Martin and Anne Roy. | CA head=Claire Dubois members=Paul Martin, Anne Roy
            Canada’s team was joined by Paul Martin.                       | CA head=- members=Paul Martin
            Canada’s team met Paul Martin and Anne Roy.                    | CA head=- members=
            Paul Martin included Canada’s team in the plan.                | CA head=- members=
            Others in the Ottawa delegation are Paul Martin and Deputy Minister Anne Roy. | CA head=- members=Paul Martin, Anne Roy
            The Canadian delegation consists of Paul Martin and Anne Roy.   | CA head=- members=Paul Martin, Anne Roy
            The Canadian delegation talks are chaired by Paul Martin.      | CA head=- members=
            Canada’s team arrived. Later, Canada’s team will include Paul Martin. | CA head=- members=Paul Martin
            """)
    void finds(String sentence, String expected) {
        String text = ROUND + sentence.replace("\\n", "\n");
        assertEquals(expected == null ? "" : expected, DelegationFixtures.run(text, new TeamNounRule(), new LedByRule(), new ListedMembersRule()));
    }
}
