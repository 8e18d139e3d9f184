package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a round is held, announced, earlier or under way (published 2024-03-13). */
class StatusRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks will resume in Oslo next month.                          | announced
            The two sides are expected to meet in Oslo on March 20.            | announced
            A summit in Oslo has been proposed.                                | announced
            The talks opened in Oslo on March 12.                              | held
            The talks, which opened on Monday, are expected to last a week.    | held
            The first round concluded last week in Oslo.                       | earlier
            The envoys met a few weeks ago in Oslo.                            | earlier
            The two sides agreed in Oslo last month to a framework.            | earlier
            A meeting of the contact group has started in Oslo.                | under way
            The talks are now under way in Oslo.                               | under way
            """)
    void status(String sentence, String expected) {
        RoundDraft d = Annotated.apply(Annotated.context(sentence, "2024-03-13", 0), new DateRule(), new StatusRule());
        String found = d.announced ? "announced" : d.previous ? "earlier"
                : d.date != null && d.date.confidence() == StatusRule.UNDER_WAY_DATE ? "under way" : "held";
        assertEquals(expected, found, d.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            They will meet again.                          | true
            The plan would need approval.                  | true
            The talks are expected to last until Friday.   | false
            Talks opened on May 5.                         | false
            The envoys met yesterday.                      | false
            """)
    void speaksOfFuture(String text, boolean expected) {
        assertEquals(expected, StatusRule.speaksOfFuture(text));
    }

    @ParameterizedTest(name = "{0} / {1} [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Rival leaders to hold peace talks in Oslo | The two sides met in Oslo on March 12.             | 0 | announced
            Rival leaders to resume talks in Oslo   | The two sides met in Oslo on March 12.               | 0 | announced
            Rival leaders meet for talks in Oslo    | The two sides met in Oslo on March 12.               | 0 | held
            Talks in Oslo                           | The envoys flew to Oslo to meet the mediators on March 12. | 1 | held
            """)
    void headlineInfinitiveIsFuture(String headline, String body, int sentence, String expected) {
        RoundDraft d = Annotated.apply(Annotated.context(headline + "\n\n" + body, "2024-03-13", sentence),
                new DateRule(), new StatusRule());
        assertEquals(expected, d.announced ? "announced" : d.previous ? "earlier" : "held", d.toString());
    }
}
