package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeHolderCountryTest {

    @ParameterizedTest(name = "{0} {1} among {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Joe Biden            | 2021-06-16 | -     | US | 0.85
            Vladimir Putin       | 2021-06-16 | -     | RU | 0.85
            Vladimir Putin       | -          | -     | RU | 0.85
            Joe Biden            | 2012-06-16 | -     | US | 0.75
            Jacques Chirac       | 2015-06-01 | -     | FR | 0.75
            Mohammad Morsi       | 2013-03-01 | EG QA | EG | 0.65
            Mohammad Morsi       | 2013-03-01 | QA    | -  | -
            Vladimir Smith       | 2021-06-16 | RU    | -  | -
            Ana Silvestre Pinto  | 2021-06-16 | -     | -  | -
            Putin                | 2021-06-16 | RU US | RU | 0.7
            Putin                | 2021-06-16 | -     | -  | -
            Putin                | 2021-06-16 | FR    | -  | -
            Biden                | 2021-06-16 | US RU | US | 0.7
            """)
    void givesTheCountryOfAnUnambiguousOfficeHolder(String name, String date, String countries, String want,
                                                      Double confidence) {
        LocalDate published = date == null ? null : LocalDate.parse(date);
        List<String> named = countries == null ? List.of() : Arrays.asList(countries.split(" "));
        var guess = OfficeHolderCountry.find(name, published, named);
        assertEquals(want, guess.map(OfficeHolderCountry.Guess::countryCode).orElse(null));
        assertEquals(confidence, guess.map(OfficeHolderCountry.Guess::confidence).orElse(null));
    }
}
