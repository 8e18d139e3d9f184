package org.parley.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Credit;
import org.parley.article.Span;

class PhotoCreditRuleTest {
    private static final PhotoCreditRule RULE = new PhotoCreditRule(CreditFixtures.VOCABULARY, CreditFixtures.NAMES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Envoys arrive at the port. (AP Photo/Anna Berg)  | PHOTOGRAPHER Anna Berg <(AP Photo/Anna Berg)>
            (PETER NOVAK/AFP via Getty Images)               | PHOTOGRAPHER Peter Novak <(PETER NOVAK/AFP via Getty Images)>
            MARTA LINDQVIST/AFP via Getty                    | PHOTOGRAPHER Marta Lindqvist <MARTA LINDQVIST/AFP via Getty>
            A ferry leaves. Photo: Reuters/Tom Kelly         | PHOTOGRAPHER Tom Kelly <Photo: Reuters/Tom Kelly>
            The envoys smile. Credit: Omar Haddad            | PHOTOGRAPHER Omar Haddad <Credit: Omar Haddad>
            Photos by Lena Park                              | PHOTOGRAPHER Lena Park <Photos by Lena Park>
            (Anna Berg/Reuters, File)                        | PHOTOGRAPHER Anna Berg <(Anna Berg/Reuters, File)>
            (Maria Lopez and Jan Novak)                      | ``
            The envoys shake hands. (Harbour via Xinhua)     | ``
            Associated Press                                 | ``
            The talks (held in Valletta) ended.              | ``
            """)
    void readsPhotoCredits(String line, String expected) {
        List<Credit> out = new ArrayList<>();
        RULE.apply(new Span(0, line.length()), line, out);
        assertEquals(expected == null ? "" : expected, CreditFixtures.describe(line, out));
    }
}
