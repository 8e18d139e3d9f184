package org.parley.extract.round;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries the text says the talks were held in, and countries named near talks otherwise. */
class CountryVenueTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were held in Qatar on Monday.                   | Qatar          | true
            The envoys met in the Netherlands last week.              | Netherlands    | true
            He is the top envoy in negotiations with Qatar.           | Qatar          | false
            In addition, Qatar and Oman will hold talks.              | Qatar          | false
            The talks were held in Qatar's capital.                   | Qatar          | false
            The talks took place at Qatar's request.                  | Qatar          | false
            """)
    void stated(String sentence, String country, boolean expected) {
        ArticleFacts facts = Annotated.facts(sentence, "2024-03-13");
        int from = sentence.indexOf(country);
        int token = facts.tokens().tokenAt(from);
        int end = facts.tokens().tokenAt(from + country.length() - 1) + 1;
        assertEquals(expected, CountryVenue.stated(facts.tokens(), token, end));
    }
}
