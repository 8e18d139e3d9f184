package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.PlaceMention;
import org.parley.article.RoundMention;

/** Where PlaceStage finds places that the main city gazetteer does not hold. */
class PlaceStageTest {

    private static List<PlaceMention> places(Article a, String name) {
        return a.get(Layers.PLACES).stream().filter(p -> p.place().name().equals(name)).toList();
    }

    @Test
    void smallResortAfterDemonymAndResortOfIsAPlaceInThatCountry() {
        Article a = FullPipeline.annotate("Talks between Armenia and Azerbaijan began in the Swiss mountain resort of "
                + "Zermatt on Monday. Diplomats said the Zermatt talks could last a week.", "2024-03-06");
        List<PlaceMention> zermatt = places(a, "Zermatt");
        assertEquals(2, zermatt.size(), a.get(Layers.PLACES).toString());
        assertEquals("CH", zermatt.get(0).place().countryCode());
        assertEquals("geonames:2657928", zermatt.get(0).place().key());
        RoundMention round = a.get(Layers.ROUNDS).get(0);
        assertEquals("Zermatt", round.place().value().name());
    }

    @Test
    void smallTownAfterMetInIsTheMeetingPlace() {
        Article a = FullPipeline.annotate("The foreign ministers of Serbia and Kosovo met in Portoroz on Tuesday "
                + "and agreed to meet again in the autumn.", "2024-09-04");
        assertEquals("SI", places(a, "Portorož").get(0).place().countryCode());
        assertEquals("Portorož", a.get(Layers.ROUNDS).get(0).place().value().name());
    }

    @Test
    void townNamedLikeACommonWordNeedsASettlementCue() {
        Article a = FullPipeline.annotate("The two ministers met in Mold on Tuesday.", "2024-09-04");
        assertTrue(places(a, "Mold").isEmpty(), a.get(Layers.PLACES).toString());
        Article b = FullPipeline.annotate("The two ministers met in the Welsh market town of Mold on Tuesday.",
                "2024-09-04");
        assertEquals("GB", places(b, "Mold").get(0).place().countryCode());
    }

    @Test
    void smallTownWithoutAPlaceCueIsNotAPlace() {
        Article a = FullPipeline.annotate("Zermatt residents said the ministers had left.", "2024-03-06");
        assertTrue(places(a, "Zermatt").isEmpty(), a.get(Layers.PLACES).toString());
    }

    @Test
    void smallTownInAnotherCountryThanTheDemonymSaysIsNotTaken() {
        Article a = FullPipeline.annotate("The talks began in the French resort of Zermatt on Monday.", "2024-03-06");
        assertTrue(places(a, "Zermatt").isEmpty(), a.get(Layers.PLACES).toString());
    }

    @Test
    void townWithoutGeonamesIdGetsNoGeonamesLink() {
        Article a = FullPipeline.annotate("The summit was held at the resort of Davos in Switzerland.", "2024-01-20");
        PlaceMention davos = places(a, "Davos").get(0);
        assertNull(davos.place().geonamesId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The two leaders signed the truce in Whitehorse, Yukon, on Thursday.      | Yukon
            The rebel chief stayed in Tembwe, the movement's base, before the talks. | Tembwe
            The leaders met in Kalanga National Park on Thursday.                    | Kalanga National Park
            """)
    void placesNoCityGazetteerHolds(String sentence, String place) {
        Article a = FullPipeline.annotate("Truce signed\n\n" + sentence, "2024-03-06");
        assertEquals(1, a.get(Layers.PLACES).stream().filter(p -> p.text().equals(place)).count(),
                a.get(Layers.PLACES).toString());
    }
}
