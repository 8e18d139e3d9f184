package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Span;

/** How a sentence listing a sequence of meetings is cut into one part per meeting. */
class SequenceRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A meeting of ministers on May 2, which will be followed by a meeting of experts.        | A meeting of ministers on May 2 / , which will be followed by a meeting of experts.
            A meeting of ministers will be followed by a meeting of experts.                        | A meeting of ministers will be / followed by a meeting of experts.
            The chiefs meet on Monday, then talks resume in Oslo.                                   | The chiefs meet on Monday / , then talks resume in Oslo.
            A meeting of envoys, which will be followed by a summit, and finally a session in Rome. | A meeting of envoys / , which will be followed by a summit / , and finally a session in Rome.
            The talks ended, and then everyone went home.                                           | The talks ended, and then everyone went home.
            Talks went on late and finally ended.                                                   | Talks went on late and finally ended.
            Prices fell, then rose again.                                                           | Prices fell, then rose again.
            The leaders will meet in Oslo a year after their first summit in Bergen.                 | The leaders will meet in Oslo a year / after their first summit in Bergen.
            The envoys met in Oslo since the last round of talks.                                   | The envoys met in Oslo / since the last round of talks.
            The talks resumed after the holiday in Oslo.                                            | The talks resumed after the holiday in Oslo.
            """)
    void parts(String sentence, String expected) {
        String found = SequenceRule.parts(new Span(0, sentence.length()), sentence).stream()
                .map(s -> s.of(sentence).strip()).collect(Collectors.joining(" / "));
        assertEquals(expected, found);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            after their first summit in Bergen.       | true
            since his last meeting with the envoy     | true
            after the talks in Bergen                 | false
            The talks in Bergen                       | false
            """)
    void recallsEarlier(String part, boolean expected) {
        assertEquals(expected, SequenceRule.recallsEarlier(" " + part));
    }
}
