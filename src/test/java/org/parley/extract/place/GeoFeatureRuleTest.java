package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Geographic features named with a head word are regions, whole. */
class GeoFeatureRuleTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tension rose on the Arabian Peninsula last week.         | Arabian  | place Arabian Peninsula = Arabian Peninsula REGION null
            Tension rose on the Arabian peninsula last week.         | Arabian  | place Arabian peninsula = Arabian peninsula REGION null
            Ships crossed the Black Sea on Monday.                   | Black    | place Black Sea = Black Sea REGION null
            The villa looks out over Lake Constance.                 | Lake     | place Lake Constance = Lake Constance REGION null
            Pirates roam the Gulf of Aden.                           | Gulf     | place Gulf of Aden = Gulf of Aden REGION null
            The hamlet lies on the shore of Little Tana Lake.        | Little   | place Little Tana Lake = Little Tana Lake REGION null
            The leaders met in Kalanga National Park on Monday.      | Kalanga  | place Kalanga National Park = Kalanga National Park REGION null
            The rebels hid on the Kalanga mountain for years.        | Kalanga  | place Kalanga mountain = Kalanga mountain REGION null
            The ship docked at Marsa Port on Monday.                 | Marsa    | place Marsa Port = Marsa Port REGION null
            The rebels hid in a Kenyan mountain village.             | Kenyan   | -
            President Park spoke on Monday.                          | Park     | -
            Later Mr. Park spoke on Monday.                          | Mr.      | -
            The Black Sea Fleet sailed on Monday.                    | Black    | -
            The Sea Breeze opened on Monday.                         | Sea      | -
            The river people met on Monday.                          | The      | -
            """)
    void findsFeatures(String sentence, String word, String expected) {
        assertEquals(expected, PlaceFixture.apply(new GeoFeatureRule(), sentence, word));
    }
}
