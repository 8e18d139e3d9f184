package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.PersonMention;
import org.parley.article.Span;

class SameNameCountryTest {

    /**
     * Mentions are written "name/country/affiliation" separated by ";" ("-" for none); the fallback
     * knows "Known Holder" as CL.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Pinto/LB/-;Ana Pinto/-/-                      | LB;LB
            Ana Pinto/-/-;Ana Pinto/LB/-                      | LB;LB
            Ana Pinto/LB/-;Ana Pinto/SY/-;Ana Pinto/SY/-;Ana Pinto/-/- | LB;SY;SY;SY
            Ana Pinto/LB/-;Rui Costa/-/-                      | LB;-
            Known Holder/-/-;Known Holder/-/-                 | CL;CL
            Known Holder/PE/-;Known Holder/-/-                | PE;PE
            Known Holder/-/United Nations;Known Holder/-/-    | -;-
            Rui Costa/-/FARC;Rui Costa/-/-                    | -;-
            """)
    void sharesThePersonsCountry(String mentions, String want) {
        List<PersonMention> in = new ArrayList<>();
        int at = 0;
        for (String m : mentions.split(";")) {
            String[] f = m.split("/");
            in.add(new PersonMention(new Span(at, at + 1), f[0], f[0], null, none(f[1]), none(f[2]), 0.9));
            at += 2;
        }
        List<PersonMention> out = SameNameCountry.apply(in, n -> n.equals("Known Holder")
                ? Optional.of(new OfficeHolderCountry.Guess("CL", OfficeHolderCountry.FULL_NAME)) : Optional.empty());
        List<String> got = out.stream().map(p -> p.countryCode() == null ? "-" : p.countryCode()).toList();
        assertEquals(want, String.join(";", got));
    }

    private static String none(String s) {
        return s.equals("-") ? null : s;
    }
}
