package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parties of a round a sentence names: not its venue, its mediators or a place's modifier. */
class PartyRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sudan and Chad held talks on Monday.                              | SD;TD
            Talks between Sudan and Chad opened in Kenya.                     | SD;TD
            Talks between Sudan and Chad were mediated by Qatar.              | SD;TD
            Sudanese and Chadian envoys met near the Sudanese border.         | SD;TD
            The talks in Kenya ended.                                         | -
            """)
    void parties(String sentence, String expected) {
        RoundDraft d = Annotated.apply(Annotated.last(sentence, "2024-03-13"), new VenueRule(), new MediatorRule(),
                new PartyRule());
        assertEquals(expected, join(d.parties.stream().map(p -> p.value().key().id()).distinct().sorted().toList()),
                d.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lindqvist met the rebels in Oslo on Monday.                    | true
            The talks with Lindqvist and the rebels opened on Monday.      | true
            Lindqvist said the talks went well.                            | false
            Direct talks with Lindqvist would be mediated by Norway.       | false
            Prices rose, Lindqvist noted.                                  | false
            """)
    void participates(String sentence, boolean expected) {
        int start = sentence.indexOf("Lindqvist");
        assertEquals(expected, PartyRule.participates(sentence, start, start + "Lindqvist".length()));
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "-" : values.stream().collect(Collectors.joining(";"));
    }
}
