package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small towns after a strong cue, and their later mentions. */
class TownMentionRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks began in the Swiss resort of Zermatt.                 | Zermatt | place Zermatt = Zermatt CITY CH
            The ministers met in the Welsh market town of Mold.             | Mold    | place Mold = Mold CITY GB
            The ministers met in Mold on Tuesday.                           | Mold    | -
            Zermatt residents said the ministers had left.                  | Zermatt | -
            The talks began in the French resort of Zermatt.                | Zermatt | -
            """)
    void findsCuedTowns(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new TownMentionRule(), sentence, word));
    }
}
