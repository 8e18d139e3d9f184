package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GivenNamesTest {

    private final GivenNames names = Gazetteers.get().givenNames();

    @Test
    void namesOfManyOrigins() {
        for (String n : new String[] {"Mevlut", "Mevlüt", "Davyd", "Volodymyr", "Sergei", "John", "Mohammed",
            "Recep", "Emmanuel", "Olena", "Abiy", "Hakan", "Kaja", "Jean-Yves", "maria"}) {
            assertTrue(names.contains(n), n);
        }
    }

    @Test
    void cyrillicListsAreTransliterated() {
        assertTrue(names.contains("Bohdan"));
        assertTrue(names.contains("Oleksandr"));
    }

    @Test
    void nonNamesAreRejected() {
        for (String w : new String[] {"Monday", "January", "President", "Update", "Kremlin", ""}) {
            assertFalse(names.contains(w), w);
        }
        assertTrue(names.isCapitalizedNonName("President"));
        assertTrue(names.isCapitalizedNonName("Update"));
        assertFalse(names.isCapitalizedNonName("Davyd"));
    }
}
