package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

/** The sides named around a team noun. */
class TeamSidesTest {
    private static final TeamSides SIDES = new TeamSides();

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Austrian delegation arrived early.                                | delegation  | Austrian
            Austria and Hungary’s delegations met.                                | delegations | Austria, Hungary
            Austria’s 12-member negotiating team arrived.                         | team        | Austria
            Delegations from Austria and Hungary met.                             | Delegations | Austria, Hungary
            The delegation of Austria and the United Nations representatives met. | delegation  | Austria
            The team arrived early.                                               | team        | ``
            The delegation from the port arrived.                                 | delegation  | ``
            """)
    void findsTheSidesOfATeamNoun(String text, String noun, String expected) {
        DelegationContext ctx = DelegationFixtures.context(text);
        TokenView tv = ctx.tv;
        int i = 0;
        while (!tv.get(i).text().equals(noun)) {
            i++;
        }
        assertEquals(noun.toLowerCase(), tv.lower(i));
        assertEquals(true, TeamSides.isTeamNoun(tv.lower(i)));
        String sides = SIDES.sides(ctx, i).stream().map(a -> a.text()).collect(Collectors.joining(", "));
        assertEquals(expected == null ? "" : expected, sides);
    }
}
