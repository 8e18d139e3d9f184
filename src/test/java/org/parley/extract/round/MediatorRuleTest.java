package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mediators, hosts and host-country places a sentence names. */
class MediatorRuleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks between Sudan and Chad were mediated by Qatar.           | Qatar           | -     | -
            Egypt hosted talks, and the talks were hosted by Egypt in Cairo.   | Egypt           | EG    | Cairo
            The Qatar-brokered talks between Sudan and Chad ended.             | Qatar           | -     | -
            The talks between Sudan and Chad, brokered by the African Union, ended. | African Union | - | -
            Norway, as the facilitator, opened the talks.                      | Norway          | -     | -
            The talks between Sudan and Chad opened in Cairo.                  | -               | -     | Cairo
            Egypt on Monday hosted high-level talks between Sudan and Chad.    | Egypt           | EG    | Egypt
            Egypt will host a new round of talks between Sudan and Chad.       | Egypt           | EG    | Egypt
            Egypt hosted the African Cup final before the talks.               | -               | -     | -
            """)
    void mediators(String sentence, String mediators, String hosts, String places) {
        RoundDraft d = Annotated.apply(Annotated.last(sentence, "2024-03-13"), new VenueRule(), new MediatorRule());
        assertEquals(mediators, join(d.mediators.stream().map(m -> m.value().label()).distinct().toList()), d.toString());
        assertEquals(hosts, join(d.hosts.stream().map(k -> k.id()).sorted().toList()), d.toString());
        assertEquals(places, join(d.places.stream().map(p -> p.value().name()).toList()), d.toString());
    }

    private static String join(java.util.List<String> values) {
        return values.isEmpty() ? "-" : values.stream().collect(Collectors.joining(";"));
    }
}
