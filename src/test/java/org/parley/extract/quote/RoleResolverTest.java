package org.parley.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;

class RoleResolverTest {
    private static final String TEXT = "Jane Roe met Karl Huber and Ana Cruz on Monday before the talks began.";
    private static final List<PersonMention> PERSONS = QuoteFixtures.persons(TEXT,
            "Jane Roe:foreign minister:TR; Karl Huber:Foreign Minister:AT; Ana Cruz:spokeswoman:");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Turkish  | minister    | 60 | Jane Roe
            Austrian | minister    | 60 | Karl Huber
            -        | minister    | 60 | Karl Huber
            -        | minister    | 5  | Jane Roe
            -        | spokeswoman | 0  | Ana Cruz
            Martian  | minister    | 60 | -
            Maltese  | minister    | 60 | -
            -        | envoy       | 60 | -
            """)
    void resolvesRolePhrases(String adjective, String role, int at, String expected) {
        String name = QuoteFixtures.ROLES.resolve(PERSONS, adjective.equals("-") ? null : adjective, role, at);
        assertEquals(expected, name == null ? "-" : name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Turkish  | true
            turkish  | true
            Martian  | false
            """)
    void knowsNationalityAdjectives(String adjective, boolean known) {
        assertEquals(known, QuoteFixtures.ROLES.isDemonym(adjective));
    }
}
