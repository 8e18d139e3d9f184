package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.AgentRef;

/** Two demonyms in a row naming a community side. */
class CommunitySideTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Turkish Cypriot leader Ali Demir spoke.   | Turkish Cypriots
            Greek Cypriot leader Nikos Petrou spoke.  | Greek Cypriots
            Cypriot leader Nikos Petrou spoke.        | Cyprus
            Turkish minister Ali Demir spoke.         | Turkey
            """)
    void resolves(String text, String expected) {
        DelegationContext ctx = DelegationFixtures.context(text);
        AgentRef side = new CommunitySide().resolve(ctx.text, ctx.sideBefore(ctx.persons.get(0).span()));
        assertEquals(expected, side.label());
    }
}
