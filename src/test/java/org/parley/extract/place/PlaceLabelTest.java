package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.gazetteer.Gazetteers;

/** City labels the way English news writes them. */
class PlaceLabelTest {
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(textBlock = """
            Astana,  Astana,  Astana
            Geneva,  Geneva,  Geneva
            Geneva,  GENEVA,  Geneva
            Kyiv,    Kiev,    Kiev
            Vienna,  Vienna,  Vienna
            Vienna,  Wien,    Wien
            """)
    void labelsByTheArticlesForm(String lookup, String written, String expected) {
        var city = new CitySense(Gazetteers.get().cities()).choose(lookup, null).orElseThrow();
        assertEquals(expected, PlaceLabel.of(city, written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Genève,      false
            Bāli,        false
            Debal'tseve, false
            New York,    true
            """)
    void plainNames(String name, boolean plain) {
        assertEquals(plain, PlaceLabel.isPlain(name));
    }
}
