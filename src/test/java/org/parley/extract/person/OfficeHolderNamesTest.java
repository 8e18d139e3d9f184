package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;
import org.parley.article.Span;

/** Spellings of one listed office-holder in one article become one name. */
class OfficeHolderNamesTest {
    @ParameterizedTest(name = "{0} among {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mohammad Morsi; Mohamed Morsi           | EG | Mohamed Morsi; Mohamed Morsi
            Mohammad Morsi; Mohamed Morsi           | QA | Mohammad Morsi; Mohamed Morsi
            Joe Biden; Joseph Biden; Jane Roe       | US | Joe Biden; Joe Biden; Jane Roe
            Jane Roe; Jane Q Roe                    | US | Jane Roe; Jane Q Roe
            Joseph Robinette Biden; Joe Biden       | US | Joe Biden; Joe Biden
            """)
    void unifies(String names, String countries, String expected) {
        List<PersonMention> in = Arrays.stream(names.split("; "))
                .map(n -> new PersonMention(new Span(0, n.length()), n, n, null, null, null, 0.9)).toList();
        List<PersonMention> out = OfficeHolderNames.unify(in, List.of(countries.split(" ")));
        assertEquals(expected, out.stream().map(PersonMention::name).collect(Collectors.joining("; ")));
    }
}
