package org.parley.extract.delegation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "their country's delegation": the speakers' country. */
class OwnCountrySideTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Two Austrian officials said their country's delegation was ready.                 | Austria head=- members=
            Austrian officials spoke. They said their country's delegation was ready.         | Austria head=- members=
            Two officials said their country's delegation was ready.                          | ``
            Two Austrian officials said their own delegation was ready.                       | ``
            """)
    void finds(String text, String expected) {
        assertEquals(expected == null ? "" : expected, DelegationFixtures.labels(text, new TeamNounRule()));
    }
}
