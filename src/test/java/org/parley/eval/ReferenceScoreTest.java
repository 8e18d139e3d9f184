package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceScoreTest {

    /**
     * Each row: the query, its CSV rows ({@code ;} between lines), the gold article's JSON, and
     * the category's counts (predictions matched, judged, gold found, gold).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // persons: keyed by resource; a surname alone matches; an unknown name is a false positive
        "people | person,name,country;p1,Anna Berg,Norway;p1,Berg,Norway;p2,Carl Dahl, "
            + "| {\"persons\": [{\"name\": \"Anna Berg\", \"country\": \"Norway\"}, {\"name\": \"Eva Lund\"}]} "
            + "| persons | 1,2,1,2",
        // places: a country of the gold is not judged; recall only over locative places
        "places | name,kind;Lakeview,city;Norway,country;Ostia,city;Farland, "
            + "| {\"places\": [{\"name\": \"Lakeview\", \"kind\": \"city\"}, {\"name\": \"Farland\", \"kind\": \"country\"},"
            + " {\"name\": \"Hill Fort\", \"kind\": \"venue\", \"locative\": false}]} "
            + "| places | 1,2,1,1",
        // delegations: a head is not judged where the gold names none for that side
        "delegations | country,head;Norway,Anna Berg;Sweden,Olof Ek;Denmark, "
            + "| {\"delegations\": [{\"country\": \"Norway\", \"head\": \"Berg\"}, {\"country\": \"Sweden\", \"head\": null}]} "
            + "| delegations | 1,1,1,1",
        // rounds: by city or venue; a round without place is not judged; the date picks among candidates
        "rounds | round,place,city,date;r1,Lakeview,,2020-01-02;r2,Lakeview,,2020-01-05;r3,,,2020-01-05 "
            + "| {\"rounds\": [{\"city\": \"Lakeview\", \"date\": \"2020-01-05\"}, {\"country\": \"Norway\"}]} "
            + "| rounds | 1,2,1,1",
        "rounds | round,place,city,date;r1,Hill Fort,Lakeview,2020-01 "
            + "| {\"rounds\": [{\"venue\": \"Hill Fort\", \"date\": \"2020-01-07\"}]} "
            + "| rounds | 1,1,1,1",
    })
    void countsAsTheReferenceScorer(String query, String rows, String gold, String category, String counts) {
        ReferenceScore s = new ReferenceScore();
        s.add("a.txt", gold(gold), Map.of(query, CsvRows.parse(rows.replace(';', '\n'))), null);
        assertEquals(counts, Arrays.toString(s.counts(category)).replaceAll("[\\[\\] ]", ""), s.missLines());
    }

    @Test
    void roundDatesAreComparedWhereTheGoldHasAFullDate() {
        ReferenceScore s = new ReferenceScore();
        s.add("a.txt", gold("{\"rounds\": [{\"city\": \"Lakeview\", \"date\": \"2020-01-05\"},"
                + " {\"city\": \"Ostia\", \"date\": \"2020-02\"}]}"), Map.of("rounds", CsvRows.parse(
                "round,place,date\nr1,Lakeview,2020-01-06\nr2,Ostia,2020-02-03\n")), null);
        assertEquals(0.0, s.dateAccuracy());
        assertEquals(List.of("a.txt: round at Lakeview date '2020-01-06' != 2020-01-05"), s.misses);
    }

    @Test
    void aFailedBuildCountsEveryGoldItemAsMissedAndIsReported() {
        ReferenceScore s = new ReferenceScore();
        s.add("a.txt", gold("{\"persons\": [{\"name\": \"Anna Berg\", \"country\": \"Norway\"}]}"), Map.of(),
                "build exit 1: parley: bad row");
        assertEquals(0.0, s.recall(ReferenceScore.PERSONS));
        assertTrue(s.report("misses.txt").startsWith(" - error: a.txt: build exit 1: parley: bad row\n"));
        assertTrue(s.missLines().contains("a.txt: person FN 'Anna Berg'"), s.missLines());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> gold(String json) {
        return (Map<String, Object>) PyValues.fromJson(JSON.parseAny(json));
    }
}
