package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.AgentKey;
import org.parley.article.Place;

class KeysTest {

    @Test
    void transliterationVariantsOfOneNameShareAnIri() {
        String iri = Keys.person("Volodymyr Zelenskyy");
        assertEquals(iri, Keys.person("Volodymyr Zelenskiy"));
        assertEquals(iri, Keys.person("Volodymyr Zelensky"));
        assertEquals(Keys.person("Sergey Lavrov"), Keys.person("Sergei Lavrov"));
        assertEquals(Keys.person("Mevlut Cavusoglu"), Keys.person("Mevlüt Çavuşoğlu"));
        assertEquals(Keys.person("Dmitry Peskov"), Keys.person("Dmitri Peskov"));
        assertEquals(Keys.person("Kim Yo-jong"), Keys.person("Kim Yo Jong"));
    }

    @Test
    void differentPeopleKeepDifferentIris() {
        assertNotEquals(Keys.person("Sergey Lavrov"), Keys.person("Sergey Shoigu"));
        assertNotEquals(Keys.person("Dmytro Kuleba"), Keys.person("Dmytro Kuleba Jr"));
    }

    @Test
    void roundKeysDoNotDependOnPartyOrder() {
        String a = Keys.roundKey(List.of(AgentKey.country("RU"), AgentKey.country("UA")), 1, null, null);
        String b = Keys.roundKey(List.of(AgentKey.country("UA"), AgentKey.country("RU"), AgentKey.country("UA")), 1, LocalDate.of(2022, 2, 28), null);
        assertEquals("ru-ua-round-1", a);
        assertEquals(a, b);
        Place antalya = new Place("geonames:323777", "Antalya", Place.Kind.CITY, "TR", 36.9, 30.7, "323777");
        assertEquals("ru-ua-2022-03-10", Keys.roundKey(List.of(AgentKey.country("UA"), AgentKey.country("RU")), null,
                LocalDate.of(2022, 3, 10), antalya));
        assertEquals("ru-ua-in-antalya", Keys.roundKey(List.of(AgentKey.country("UA"), AgentKey.country("RU")), null, null, antalya));
    }
}
