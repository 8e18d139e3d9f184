package org.parley.extract.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditVocabularyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            AFP                      | agency
            Getty Images             | agency
            HarbourNews Pool Photo   | agency
            staff                    | non-name
            Monday                   | non-name
            March                    | non-name
            Desk                     | non-name
            van                      | particle
            bin                      | particle
            Jane Roe                 | none
            Harbour                  | none
            """)
    void classifiesWords(String word, String expected) {
        CreditVocabulary v = CreditFixtures.VOCABULARY;
        String lower = word.toLowerCase(Locale.ROOT);
        String kind = v.isAgency(word) ? "agency" : v.isNonName(lower) ? "non-name" : v.isParticle(word) ? "particle" : "none";
        assertEquals(expected, kind);
    }
}
