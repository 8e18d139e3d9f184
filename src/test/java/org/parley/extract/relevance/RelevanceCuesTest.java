package org.parley.extract.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which cue sections of the lexicon fire in a sentence. */
class RelevanceCuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ceasefire was mediated by a neighbouring state.       | negotiation
            The special envoy met the foreign minister.               | statecraft
            The talks resumed after a pause.                          | meeting
            She won the match in straight sets.                       | sports
            Turnout in the runoff was low.                            | elections
            The start-up raised money from investors.                 | finance
            The merger needs the approval of shareholders.            | corporate
            The union called a strike over wages.                     | labour
            The jury returned its verdict.                            | courts
            The climbers left base camp at night.                     | mountaineering
            The keynote drew a large crowd of attendees.              | conferences
            The students visited the campus.                          | education
            Artillery shelling continued overnight.                   | war
            """)
    void findsTheCueOfEachDomain(String sentence, String section) {
        assertTrue(RelevanceCues.get().cues(sentence).contains(section), RelevanceCues.get().cues(sentence)::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The weather was warm and dry.                             | ''
            He settled the bill.                                      | ''
            The unionist rally was large.                             | ''
            """)
    void matchesWholeWordsOnly(String sentence, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(want, RelevanceCues.get().cues(sentence));
    }

    @Test
    void everySectionIsAFeature() {
        assertTrue(RelevanceCues.get().sections().containsAll(List.of("negotiation", "statecraft", "meeting", "sports")),
                RelevanceCues.get().sections()::toString);
    }
}
