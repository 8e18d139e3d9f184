package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The topics a round's sentence names, in topic order. */
class TopicRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks focused on a ceasefire and sanctions.             | ceasefire;sanctions
            They discussed a truce and a prisoner swap.                 | ceasefire;prisoner exchange
            The exchange of prisoners came up again.                    | prisoner exchange
            Envoys spoke about humanitarian corridors for civilians.   | humanitarian corridors
            The withdrawal of foreign troops was the main issue.        | troop withdrawal
            Security guarantees and the nuclear file were discussed.    | security guarantees;nuclear issues
            Grain shipments and tariffs were on the agenda.             | grain exports;trade
            They talked about humanitarian aid and the evacuation.      | humanitarian issues;evacuation
            A peace plan was presented.                                 | peace agreement
            The talks lasted four hours.                                | -
            The ceasefire-line maps were discussed.                     | ceasefire
            """)
    void topics(String sentence, String expected) {
        String found = new TopicRule().find(Annotated.plain(sentence)).stream().map(t -> t.value())
                .collect(Collectors.joining(";"));
        found = found.isEmpty() ? "-" : found;
        assertEquals(expected, found);
    }
}
