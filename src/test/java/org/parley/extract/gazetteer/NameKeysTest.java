package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameKeysTest {

    @Test
    void foldsCaseDiacriticsAndQuotes() {
        assertEquals("cote divoire", NameKeys.key("Côte d’Ivoire"));
        assertEquals("cote divoire", NameKeys.key("COTE D'IVOIRE"));
        assertEquals("turkiye", NameKeys.key("Türkiye"));
        assertEquals("homyel", NameKeys.key("Homyel’"));
    }

    @Test
    void foldsLettersWithoutDecomposition() {
        assertEquals("lodz", NameKeys.key("Łódź"));
        assertEquals("tromso", NameKeys.key("Tromsø"));
        assertEquals("istanbul", NameKeys.key("İstanbul"));
        assertEquals("strasse", NameKeys.key("Straße"));
    }

    @Test
    void dropsPeriodsAndSplitsOnPunctuation() {
        assertEquals("us", NameKeys.key("U.S."));
        assertEquals("nagorno karabakh", NameKeys.key("Nagorno-Karabakh"));
        assertEquals("lt gen", NameKeys.key("  Lt.   Gen. "));
        assertEquals("foreign commonwealth office", NameKeys.key("Foreign, Commonwealth Office"));
    }

    @Test
    void expandsSaintAbbreviation() {
        assertEquals("saint petersburg", NameKeys.key("St. Petersburg"));
        assertEquals("saint petersburg", NameKeys.key("St Petersburg"));
        assertEquals("saint petersburg", NameKeys.key("Saint Petersburg"));
        assertEquals("st", NameKeys.key("St."));
    }

    @Test
    void emptyForNullAndPunctuation() {
        assertEquals("", NameKeys.key(null));
        assertEquals("", NameKeys.key(" .,- "));
    }
}
