package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in time zones, documents, events and job titles are consumed without a place. */
class NotPlaceRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The call starts at noon Lisbon time on Friday.          | Lisbon  | 1
            They signed the Lisbon Agreement in 1990.              | Lisbon  | 1
            Both sides still back the Lisbon accords.              | Lisbon  | 1
            The Baltic Sea Grain Initiative expired in May.         | Baltic  | 3
            The US ambassador to Lisbon attended the dinner.       | Lisbon  | 1
            The French ambassador to Portugal attended the dinner. | Portugal | 0
            The talks in Lisbon ended on Friday.                   | Lisbon  | 0
            Portugal time is one hour behind.                      | Portugal | 0
            The adviser for the Middle East and Africa spoke.      | Middle  | 4
            The network's Lisbon correspondent filed a report.      | Lisbon  | 1
            The Council for Trade in Asia (CTA) met in Lisbon.     | Asia    | 1
            The talks in Asia (mostly Lisbon) went on.             | Asia    | 0
            """)
    void consumesTheName(String sentence, String word, int consumed) {
        var tv = PlaceFixture.annotate(sentence);
        int at = PlaceFixture.tokenOf(tv, word);
        var scan = PlaceScan.of(tv, tv.article().get(org.parley.article.Layers.NAMES), tv.get(at).sentence(),
                java.util.Map.of());
        assertEquals(consumed, new NotPlaceRule().match(scan, at) - at);
        assertEquals(0, scan.places().size());
    }
}
