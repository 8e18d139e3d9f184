package org.parley.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All dates of a text, without overlaps and impossible days, in text order. */
class DateCandidatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On 11/18/2012 and on March 3, 2013.        | 11/18/2012, March 3, 2013
            They met on Monday, March 6, 2023.         | Monday, March 6, 2023
            On March 45 nothing happened.              | -
            On 5 May and 6 June they met.              | 5 May, 6 June
            """)
    void findsDates(String text, String expected) {
        String found = DateCandidates.find(text).stream().map(r -> r.span().of(text)).collect(Collectors.joining(", "));
        assertEquals(expected, found.isEmpty() ? "-" : found);
    }
}
