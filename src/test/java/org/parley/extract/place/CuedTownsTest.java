package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Layers;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.City;

/** Which small towns a strong cue makes acceptable, and in which country. */
class CuedTownsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks began in the Swiss resort of Zermatt.                    | zermatt=CH
            The ministers met in Portoroz on Tuesday.                          | portoroz=SI
            The ministers met in the Welsh market town of Mold.                | mold=GB
            The ministers met in Mold on Tuesday.                              | -
            The talks began in the French resort of Zermatt.                   | -
            Zermatt residents said the ministers had left.                     | -
            The leaders met in the Greek village of Xylokastrakia.             | xylokastrakia=GR
            The leaders met in the border town of Ouvravilla, Spain.           | ouvravilla=ES
            The leaders met in Xylokastrakia on Sunday.                        | -
            The leaders met in the village of Monday.                          | -
            """)
    void findsTowns(String text, String expected) {
        TokenView tv = PlaceFixture.annotate(text);
        Map<String, City> towns = new CuedTowns().find(tv, tv.article().get(Layers.NAMES));
        Map<String, String> found = new TreeMap<>();
        towns.forEach((key, city) -> found.put(key, city.countryCode()));
        String described = found.isEmpty() ? "-" : found.toString().replaceAll("[{} ]", "");
        assertEquals(expected, described);
    }
}
