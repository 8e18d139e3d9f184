package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The article facts the round rules share: the dateline's place and the persons' countries. */
class ArticleFactsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GENEVA, March 12. The talks ended.              | Geneva
            NAIROBI\\n\\nThe talks ended on Monday.         | Nairobi
            Geneva hosted the talks on Monday.              | -
            KENYA\\n\\nThe talks ended on Monday.           | -
            """)
    void dateline(String text, String expected) {
        ArticleFacts f = Annotated.facts(text.replace("\\n", "\n"), "2024-03-13");
        assertEquals(expected, f.dateline() == null ? "-" : f.dateline().place().name());
    }
}
