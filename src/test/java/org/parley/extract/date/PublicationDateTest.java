package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Span;

/** The publication date from header stamps, datelines, stamp lines and the URL ("\n" = line break). */
class PublicationDateTest {
    private static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            out.add(new Span(start, nl));
            start = nl + 1;
        }
        out.add(new Span(start, text.length()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Envoys Meet\\nPosted Apr 5, 2023 6:48 AM CST\\nThe envoys met.                          |                             | 2023-04-05
            Envoys Meet\\nUpdated: April 6, 2023\\nPublished: April 5, 2023                         |                             | 2023-04-05
            Envoys Meet\\nUpdated: April 6, 2023\\nThe envoys met.                                  |                             | 2023-04-06
            VALLETTA, Malta, April 5 (Harbour News) - The envoys met. Talks began March 1, 2023.  |                             | 2023-04-05
            VALLETTA, Malta, April 5 (Harbour News) - The envoys met.                             |                             |
            Envoys Meet\\nWednesday, April 5, 2023\\nThe envoys met.                                |                             | 2023-04-05
            Talks Set for April 5, 2023 in Valletta After Long Delay Over Venue                   |                             |
            Envoys Meet\\nThe envoys met.                                                          | https://x.test/2023/04/05/a | 2023-04-05
            Envoys Meet\\nThe envoys met.                                                          | https://x.test/2023/13/45/a |
            """)
    void findsPublicationDate(String raw, String url, String expected) {
        String text = raw.strip().replace("\\n", "\n");
        assertEquals(expected == null ? null : LocalDate.parse(expected), PublicationDate.find(text, lines(text), url));
    }
}
