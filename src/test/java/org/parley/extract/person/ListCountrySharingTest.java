package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;

class ListCountrySharingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Secretary Ana Silva, Adviser Tom Reed and Chief Bo Lind came.   | Ana Silva/Secretary/US;Tom Reed/Adviser/-;Bo Lind/Chief/-   | US US US
            Secretary Ana Silva and Adviser Tom Reed came.                  | Ana Silva/Secretary/US;Tom Reed/Adviser/-                    | US null
            Secretary Ana Silva, Adviser Tom Reed and Chief Bo Lind came.   | Ana Silva/Secretary/US;Tom Reed/Adviser/GB;Bo Lind/Chief/-   | US GB null
            Secretary Ana Silva, Adviser Tom Reed and Bo Lind came.         | Ana Silva/Secretary/US;Tom Reed/Adviser/-;Bo Lind/-/-        | US US null
            Secretary Ana Silva came. Adviser Tom Reed and Chief Bo Lind came. | Ana Silva/Secretary/US;Tom Reed/Adviser/-;Bo Lind/Chief/- | US null null
            """)
    void sharesTheListsOneCountry(String text, String people, String countries) {
        TokenView tv = Annotated.tokens(text);
        List<PersonMention> out = ListCountrySharing.apply(tv, Annotated.people(tv, people));
        assertEquals(countries, String.join(" ", out.stream().map(p -> String.valueOf(p.countryCode())).toList()));
    }
}
