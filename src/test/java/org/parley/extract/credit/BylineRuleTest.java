package org.parley.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Credit;
import org.parley.article.Span;

class BylineRuleTest {
    private static final BylineRule RULE = new BylineRule(CreditFixtures.NAMES);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            By Jane Roe, Harbour Staff                 | AUTHOR Jane Roe <By Jane Roe, Harbour Staff>
            Written by Tom Reed and Ana Cruz           | AUTHOR Tom Reed <Written by Tom Reed and Ana Cruz>; AUTHOR Ana Cruz <Written by Tom Reed and Ana Cruz>
            BY MARIA LOPEZ Associated Press            | AUTHOR Maria Lopez <BY MARIA LOPEZ Associated Press>
            By Jane Roe - Harbour News                 | AUTHOR Jane Roe <By Jane Roe - Harbour News>
            (Reporting by Tom Reed in Valletta; Editing by Ana Cruz) | AUTHOR Tom Reed <Reporting by Tom Reed in Valletta>; AUTHOR Ana Cruz <Editing by Ana Cruz>
            By the way, the talks went on              | ``
            Standing by Jane Roe, he spoke             | ``
            by Jane Roe                                | ``
            """)
    void readsBylines(String line, String expected) {
        List<Credit> out = new ArrayList<>();
        RULE.apply(new Span(0, line.length()), line, out);
        assertEquals(expected == null ? "" : expected, CreditFixtures.describe(line, out));
    }
}
