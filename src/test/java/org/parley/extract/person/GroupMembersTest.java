package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;

class GroupMembersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Other senior Chilean officials, such as Ana Pinto, were in Rome.    | Ana Pinto/-/-  | CL
            Peruvian diplomats including Ana Pinto arrived.                     | Ana Pinto/-/-  | PE
            Senior North Korean officials, such as Ana Pinto, were there.       | Ana Pinto/-/-  | KP
            Chilean officials met Ana Pinto in Rome.                            | Ana Pinto/-/-  | -
            Chilean officials, such as Ana Pinto, were in Rome.                 | Ana Pinto/-/PE | PE
            Chilean officials said so, and Peru sent Ana Pinto.                 | Ana Pinto/-/-  | -
            Chilean wines, such as those of Ana Pinto, sold well.               | Ana Pinto/-/-  | -
            """)
    void givesMembersTheirGroupsCountry(String text, String people, String want) {
        TokenView tv = Annotated.tokens(text);
        List<PersonMention> out = GroupMembers.apply(tv, Annotated.agents(tv), Annotated.people(tv, people));
        assertEquals(want, out.get(0).countryCode());
    }
}
