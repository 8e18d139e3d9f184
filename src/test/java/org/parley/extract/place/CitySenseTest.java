package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.gazetteer.Gazetteers;

/** Which of the same-named cities a name means. */
class CitySenseTest {
    private final CitySense senses = new CitySense(Gazetteers.get().cities());

    @ParameterizedTest(name = "{0} with hint {1}")
    @CsvSource(nullValues = "null", textBlock = """
            Geneva,  US,   CH
            Geneva,  null, CH
            Moscow,  US,   RU
            Astana,  null, KZ
            Brest,   FR,   FR
            Tripoli, LB,   LB
            Tripoli, null, LY
            Olbia,   null, IT
            """)
    void choosesTheSense(String name, String hint, String country) {
        assertEquals(country, senses.choose(name, hint).orElseThrow().countryCode());
    }
}
