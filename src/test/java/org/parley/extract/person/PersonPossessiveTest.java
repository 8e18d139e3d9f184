package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;

class PersonPossessiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Leo Varga's top aide Ana Pinto said talks would start.                   | Leo Varga/-/HU;Ana Pinto/-/- | Ana Pinto | HU
            Ana Pinto, a former spy chief and Varga's special envoy, arrived.         | Ana Pinto/-/-;Varga/-/HU     | Ana Pinto | HU
            Ana Pinto, adviser and envoy of President Leo Varga, arrived.             | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | HU
            Ana Pinto, the chief trade adviser to President Leo Varga, arrived.       | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | HU
            Ana Pinto, who spoke to President Leo Varga, arrived.                     | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | -
            Ana Pinto, a friend of Leo Varga, arrived.                                | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | -
            Ana Pinto met Leo Varga's top aide in Rome.                               | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | -
            Ana Pinto, the envoy, then met Leo Varga's aide.                          | Ana Pinto/-/-;Leo Varga/-/HU | Ana Pinto | -
            Leo Varga's top aide Ana Pinto said talks would start.                   | Leo Varga/-/-;Ana Pinto/-/-  | Ana Pinto | -
            Leo Varga's top aide Ana Pinto said talks would start.                   | Leo Varga/-/HU;Ana Pinto/-/CL | Ana Pinto | CL
            """)
    void givesTheServedPersonsCountry(String text, String people, String who, String want) {
        TokenView tv = Annotated.tokens(text);
        List<PersonMention> out = PersonPossessive.apply(tv, Annotated.people(tv, people));
        assertEquals(want, out.stream().filter(p -> p.name().equals(who)).findFirst().orElseThrow().countryCode());
    }
}
