package org.parley.extract.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.TokenView;

/** The cue checks: strong town cues, a city's own nouns, the sentence's country. */
class PlaceCuesTest {
    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            They met in the town of Aldham.          | Aldham | true
            The talks in Aldham went well.           | Aldham | true
            The envoys met at Aldham.                | Aldham | true
            They drove to Aldham.                    | Aldham | false
            The mayor of Aldham spoke.               | Aldham | false
            """)
    void strongTownCue(String text, String word, boolean expected) {
        TokenView tv = PlaceFixture.annotate(text);
        assertEquals(expected, PlaceCues.strongTownCue(tv, PlaceFixture.tokenOf(tv, word)));
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Vienna's main square was full.           | square | true
            Vienna's mayor spoke.                    | mayor  | true
            Vienna's streets were empty.             | streets | true
            Vienna's response was firm.              | response | false
            """)
    void cityNounAfterPossessive(String text, String word, boolean expected) {
        TokenView tv = PlaceFixture.annotate(text);
        int after = PlaceFixture.tokenOf(tv, "Vienna") + 1;
        assertEquals(expected, PlaceCues.followedByPlaceNoun(tv, after, tv.size()), word);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Envoys from Malta and Italy met.         | MT
            Maltese envoys met their hosts.          | MT
            The envoys met their hosts.              | -
            """)
    void sentenceCountry(String text, String expected) {
        TokenView tv = PlaceFixture.annotate(text);
        String hint = PlaceCues.sentenceCountryHint(tv, tv.sentenceFrom(0), tv.sentenceTo(0));
        assertEquals(expected, hint == null ? "-" : hint);
    }
}
