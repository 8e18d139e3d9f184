package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.Span;

/**
 * How mentions gather into rounds (published 2024-03-13). A mention is written
 * {@code ordinal/date/date confidence/city:country/status}, "-" for none; status is held,
 * announced or previous. The result lists the rounds' sizes in mentions.
 */
class RoundMergerTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 13);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2/-/-/-/held ; -/-/-/-/held                                         | 2
            2/-/-/-/held ; 3/-/-/-/held                                         | 1,1
            -/2024-03-12/0.9/-/held ; -/2024-03-10/0.9/-/held                   | 1,1
            -/2024-03-12/0.9/-/held ; -/2024-03-10/0.4/-/held                   | 2
            -/-/-/Oslo:NO/held ; -/-/-/Bergen:NO/held                           | 2
            -/-/-/Oslo:NO/held ; -/-/-/Nairobi:KE/held                          | 1,1
            -/-/-/Oslo:NO/held ; -/-/-/-/announced ; -/-/-/-/announced          | 1,2
            -/2024-03-14/0.9/Oslo:NO/held ; -/-/-/-/announced                   | 2
            -/2024-03-02/0.8/-/previous ; -/2024-03-12/0.9/Oslo:NO/held         | 1,1
            -/2024-03-12/0.9/Oslo:NO/held ; -/2024-03-12/0.8/-/previous         | 2
            2/2024-03-12/0.9/-/held ; 3/2024-03-10/0.9/-/held ; -/2024-03-12/0.9/Oslo:NO/held | 1,2
            -/2024-03-12/0.7/-/held ; -/-/-/-/held ; 3/2024-03-12/0.9/Oslo:NO/held | 3
            """)
    void rounds(String mentions, String expected) {
        RoundMerger merger = new RoundMerger(PUBLISHED);
        for (String m : mentions.split(";")) {
            merger.add(draft(m.strip()));
        }
        String sizes = merger.rounds().stream().map(r -> String.valueOf(r.spans.size())).collect(Collectors.joining(","));
        assertEquals(expected, sizes);
    }

    private static RoundDraft draft(String spec) {
        String[] f = spec.split("/");
        RoundDraft d = new RoundDraft(new Span(0, 1));
        Span s = new Span(0, 1);
        if (!f[0].equals("-")) {
            d.ordinal = new Evidenced<>(Integer.parseInt(f[0]), s, OrdinalRule.COUNTED);
        }
        if (!f[1].equals("-")) {
            d.date = new Evidenced<>(LocalDate.parse(f[1]), s, Double.parseDouble(f[2]));
        }
        if (!f[3].equals("-")) {
            String[] place = f[3].split(":");
            d.places.add(new Evidenced<>(new Place("test:" + place[0], place[0], Place.Kind.CITY, place[1], null, null,
                    null), s, 0.9));
        }
        d.announced = f[4].equals("announced");
        d.previous = f[4].equals("previous");
        return d;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -                    | false
            -/-/-/Oslo:NO/held   | true
            -/-/-/-/announced    | false
            """)
    void outcomeJoinsTheLastHeldRound(String before, boolean expected) {
        RoundMerger merger = new RoundMerger(PUBLISHED);
        if (!before.equals("-")) {
            merger.add(draft(before));
        }
        assertEquals(expected, merger.joinLastHeld(new Evidenced<>("no deal", new Span(0, 1), 0.6), new Span(2, 3)));
    }
}
