package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

class RoleAfterNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Talks were led by Rustem Umerov, Ukraine's defence minister, on Monday.      | Rustem Umerov | Defense Minister/UA
            Vadim Orlov, the head of the Russian delegation, spoke.                     | Vadim Orlov   | Head of Delegation/RU
            Ana Silva, who was Brazil's trade minister, spoke.                           | Ana Silva     | Trade Minister/BR
            Nguyen Van An, vice-chairman of the Communist Party of Vietnam, spoke.       | Nguyen Van An | Vice Chair/VN
            Ana Silva, a member of the Communist Party of China, spoke.                  | Ana Silva     | Member of the Communist Party of China/CN
            Ana Silva, second from left, a senior party member, spoke.                   | Ana Silva     | Senior party member/null
            He met Tomas Ruiz, the Basque-Spanish leader, on Monday.                     | Tomas Ruiz    | Leader/ES
            Ana Silva, however, said no.                                                 | Ana Silva     | -
            Ana Silva, Tom Reed and Bo Lind spoke.                                       | Ana Silva;Tom Reed | -
            Ana Silva said the envoy spoke.                                              | Ana Silva     | -
            """)
    void readsTheAppositionAfterTheName(String text, String names, String expected) {
        TokenView tv = Annotated.tokens(text);
        var candidates = Annotated.candidates(tv, names.split(";"));
        String found = Annotated.roleAndCountry(RoleAfterName.find(tv, candidates.get(0).to(), candidates));
        assertEquals(expected == null ? "" : expected, found);
    }
}
