package org.parley.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Credit;
import org.parley.article.Span;

class LoneAuthorRuleTest {
    private static final LoneAuthorRule RULE = new LoneAuthorRule(CreditFixtures.NAMES);

    /**
     * @param raw      the text, lines separated by "\n"
     * @param captions indices of lines that hold a photo credit ("p1") or are boilerplate ("b1"),
     *                 separated by spaces
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Envoys Meet\\n(AP Photo/Anna Berg)\\nHelen Marsh\\nThe envoys met.          | p1 | AUTHOR Helen Marsh <Helen Marsh>
            Envoys Meet\\nEDITORS NOTE: a caption\\nHelen Marsh\\nThe envoys met.       | b1 | AUTHOR Helen Marsh <Helen Marsh>
            Envoys Meet\\nThe port at dawn\\nHelen Marsh\\nThe envoys met.              | `` | ``
            Envoys Meet\\n(AP Photo/Anna Berg)\\nHelen Marsh\\nHelen Marsh spoke first. | p1 | ``
            Helen Marsh\\n(AP Photo/Anna Berg)\\nThe envoys met.                        | p1 | ``
            Envoys Meet\\n(AP Photo/Anna Berg)\\nThe envoys met on Monday.              | p1 | ``
            """)
    void findsLoneAuthorLines(String raw, String captions, String expected) {
        String text = raw.replace("\\n", "\n");
        List<Span> lines = CreditFixtures.lines(text);
        boolean[] photo = new boolean[lines.size()];
        List<Span> boilerplate = new ArrayList<>();
        for (String c : captions == null || captions.isBlank() ? new String[0] : captions.split(" ")) {
            int line = Integer.parseInt(c.substring(1));
            if (c.startsWith("p")) {
                photo[line] = true;
            } else {
                boilerplate.add(lines.get(line));
            }
        }
        List<Credit> out = new ArrayList<>();
        RULE.apply(text, lines, photo, boilerplate, out);
        assertEquals(expected == null ? "" : expected, CreditFixtures.describe(text, out));
    }
}
