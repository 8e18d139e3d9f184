package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.AgentRef;
import org.parley.article.PersonMention;

/** People before "respectively" paired with the countries listed before them. */
class RespectiveSidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The ministers of Spain and Italy, Juan Perez and Marco Rossi respectively, met.           | Spain, Italy
            The envoys of Spain, Italy and Greece, Juan Perez, Marco Rossi and Nikos Petrou respectively, met. | Spain, Italy, Greece
            The ministers of Spain and Italy, Juan Perez and Marco Rossi, met.                        | -, -
            Spain sent Juan Perez and Marco Rossi respectively.                                        | -, -
            """)
    void pairs(String text, String expected) {
        DelegationContext ctx = DelegationFixtures.context(text);
        List<PersonMention> persons = ctx.persons;
        String sides = persons.stream().map(p -> {
            AgentRef a = new RespectiveSides().sideOf(ctx, p, persons);
            return a == null ? "-" : a.label();
        }).collect(Collectors.joining(", "));
        assertEquals(expected, sides);
    }
}
