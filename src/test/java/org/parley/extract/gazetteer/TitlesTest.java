package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesTest {

    private final Titles titles = Gazetteers.get().titles();

    private Title at(String sentence, int start) {
        return titles.match(List.of(sentence.split(" ")), start).orElseThrow();
    }

    @Test
    void foreignMinisterAfterNationality() {
        Title t = at("Russian Foreign Minister Sergei Lavrov", 1);
        assertEquals("Foreign Minister", t.role());
        assertEquals(2, t.tokenCount());
        assertTrue(titles.match(List.of("Russian", "Foreign", "Minister"), 0).isEmpty());
    }

    @Test
    void synonymsNormalizeToOneRole() {
        assertEquals("Foreign Minister", at("minister of foreign affairs", 0).role());
        assertEquals(4, at("minister of foreign affairs", 0).tokenCount());
        assertEquals("Foreign Minister", at("the country's top diplomat", 2).role());
        assertEquals("Foreign Secretary", at("Foreign Secretary David", 0).role());
        assertEquals("Defense Minister", at("defence minister", 0).role());
        assertEquals("Spokesperson", at("spokeswoman", 0).role());
        assertEquals("Adviser", at("advisor", 0).role());
        assertEquals("National Security Adviser", at("National Security Advisor", 0).role());
    }

    @Test
    void modifiersJoinTheRole() {
        assertEquals("Deputy Foreign Minister", at("Deputy Foreign Minister", 0).role());
        assertEquals(3, at("Deputy Foreign Minister", 0).tokenCount());
        assertEquals("First Deputy Prime Minister", at("first deputy prime minister", 0).role());
        assertEquals("Prime Minister", at("former Prime Minister", 0).role());
        assertEquals("Vice President", at("Vice President", 0).role());
        assertEquals("Vice President", at("vice-president", 0).role());
    }

    @Test
    void longestTitleWins() {
        assertEquals("Special Envoy", at("special envoy Steve", 0).role());
        assertEquals("Secretary-General", at("Secretary-General Antonio", 0).role());
        assertEquals("Secretary of State", at("Secretary of State Marco", 0).role());
        assertEquals("Crown Prince", at("Crown Prince Mohammed", 0).role());
    }

    @Test
    void acronymTitleNeedsCapitals() {
        assertEquals("Prime Minister", at("PM Keir", 0).role());
        assertTrue(titles.match(List.of("3", "pm"), 1).isEmpty());
    }

    @Test
    void honorifics() {
        for (String h : List.of("Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Gen.", "Lt. Gen.", "Sheikh", "MR")) {
            assertTrue(titles.isHonorific(h), h);
        }
        assertFalse(titles.isHonorific("Lavrov"));
        assertEquals(2, titles.honorificLength(List.of("Lt.", "Gen.", "Kyrylo", "Budanov"), 0));
        assertEquals(0, titles.honorificLength(List.of("Kyrylo", "Budanov"), 0));
    }
}
