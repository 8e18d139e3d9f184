package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Span;

class NerTokensTest {

    private static List<String> split(String token) {
        return NerTokens.split(token, new Span(0, token.length())).stream().map(s -> s.of(token)).toList();
    }

    @Test
    void splitsPossessivesWithStraightAndCurlyApostrophes() {
        assertEquals(List.of("Norway", "'s"), split("Norway's"));
        assertEquals(List.of("Chile", "’s"), split("Chile’s"));
        assertEquals(List.of("States", "'"), split("States'"));
    }

    @Test
    void splitsSlashesFinalPeriodsAndHyphenatedModifiers() {
        assertEquals(List.of("DOE", "/"), split("DOE/"));
        assertEquals(List.of("Photo", "/", "Jane"), split("Photo/Jane"));
        assertEquals(List.of("Lima", "."), split("Lima."));
        assertEquals(List.of("U.S.", "."), split("U.S.."));
        assertEquals(List.of("U.N.", "-"), split("U.N.-"));
        assertEquals(List.of("Oman", "-", "brokered"), split("Oman-brokered"));
    }

    @Test
    void leavesNamesAndAbbreviationsWhole() {
        assertEquals(List.of("U.S."), split("U.S."));
        assertEquals(List.of("al-Amin"), split("al-Amin"));
        assertEquals(List.of("O'Neill"), split("O'Neill"));
        assertEquals(List.of("Rostov-on-Don"), split("Rostov-on-Don"));
        assertEquals(List.of("is"), split("is"));
    }

    @Test
    void keepsArticleOffsets() {
        String text = "in Peru's capital";
        assertEquals(List.of(new Span(3, 7), new Span(7, 9)), NerTokens.split(text, new Span(3, 9)));
    }
}
