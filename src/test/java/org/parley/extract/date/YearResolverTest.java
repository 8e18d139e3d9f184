package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day of each date: years from publication, tense and neighbours; slashed readings. */
class YearResolverTest {
    @ParameterizedTest(name = "{0} published {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks were held on December 29.                  | 2023-01-03 | NEUTRAL | 2022-12-29
            Talks resume on 5 January.                       | 2022-12-20 | NEUTRAL | 2023-01-05
            The accord was signed on July 20.                | 2023-05-10 | PAST    | 2022-07-20
            The accord is dated July 20.                     | 2023-05-10 | NEUTRAL | 2023-07-20
            Talks will resume on February 1.                 | 2023-05-10 | FUTURE  | 2024-02-01
            They met on March 3, 2019.                       | 2023-05-10 | NEUTRAL | 2019-03-03
            Posted 03/04/2023.                               | 2023-04-01 | NEUTRAL | 2023-04-03
            Posted 03/04/2023.                               | 2023-03-05 | NEUTRAL | 2023-03-04
            Posted 03/04/2023.                               |            | NEUTRAL |
            On March 3, 2019 they met, and on June 5 again.  |            | NEUTRAL | 2019-06-05
            They met on June 5.                              |            | NEUTRAL |
            """)
    void resolves(String text, String published, Tense tense, String expected) {
        List<RawDate> all = DateCandidates.find(text);
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        LocalDate date = YearResolver.resolve(all.get(all.size() - 1), pub, all, tense);
        assertEquals(expected == null ? null : LocalDate.parse(expected), date);
    }
}
