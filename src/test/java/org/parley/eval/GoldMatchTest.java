package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldMatchTest {
    private static final Gold.Person ZELENSKYY = new Gold.Person("Volodymyr Zelenskyy", List.of("Zelensky"), "President",
            "Ukraine", null);
    private static final Gold.Person LAVROV = new Gold.Person("Sergey Lavrov", List.of(), null, "Russia", null);
    private static final Gold.Person CAVUSOGLU = new Gold.Person("Mevlut Cavusoglu", List.of(), null, "Turkey", null);
    private static final List<Gold.Person> ARTICLE = List.of(ZELENSKYY, LAVROV, CAVUSOGLU);

    @Test
    void transliterationAndDiacriticVariantsMatch() {
        assertTrue(GoldMatch.samePerson("Volodymyr Zelenskiy", ZELENSKYY, ARTICLE));
        assertTrue(GoldMatch.samePerson("Sergei Lavrov", LAVROV, ARTICLE));
        assertTrue(GoldMatch.samePerson("Mevlüt Çavuşoğlu", CAVUSOGLU, ARTICLE));
        assertTrue(GoldMatch.samePerson("ZELENSKY", ZELENSKYY, ARTICLE));
        assertFalse(GoldMatch.samePerson("Sergey Shoigu", LAVROV, ARTICLE));
    }

    @Test
    void surnameAloneMatchesOnlyWhenUnambiguousInTheArticle() {
        assertTrue(GoldMatch.samePerson("Lavrov", LAVROV, ARTICLE));
        Gold.Person kim1 = new Gold.Person("Kim Jong Un", List.of(), null, null, null);
        Gold.Person kim2 = new Gold.Person("Kim Yong Un", List.of(), null, null, null);
        assertFalse(GoldMatch.samePerson("Un", kim1, List.of(kim1, kim2)));
        assertTrue(GoldMatch.sameName("Mohammed Masoom Stanekzai", "Masoom Stanekzai"));
    }

    @Test
    void regionsMatchWithOrWithoutTheirRegionWordAndAcrossSpellings() {
        Gold.Place gomel = new Gold.Place("Gomel region", "region", "Belarus", List.of());
        assertTrue(GoldMatch.samePlace("Gomel Region", gomel));
        assertTrue(GoldMatch.samePlace("Homel region", gomel));
        assertTrue(GoldMatch.samePlace("Gomel Oblast", gomel));
        assertFalse(GoldMatch.samePlace("Brest Region", gomel));
        Gold.Place washington = new Gold.Place("Washington", "city", "United States", List.of());
        assertTrue(GoldMatch.samePlace("Washington, D.C.", washington));
    }

    @Test
    void sidesMatchThroughTheGazetteers() {
        assertTrue(GoldMatch.sameSide("US", "United States"));
        assertTrue(GoldMatch.sameSide("Türkiye", "Turkey"));
        assertTrue(GoldMatch.sameSide("UN", "United Nations"));
        assertFalse(GoldMatch.sameSide("Russia", "Ukraine"));
    }
}
