package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;

class EvaluatorTest {
    private static final String ARTICLE = """
            Envoys meet in Geneva
            Greek Foreign Minister Nikos Dendias and his Turkish counterpart Mevlut Cavusoglu held talks in Geneva \
            on Monday, hosted by Switzerland.
            "We agreed to keep talking," Dendias said.
            """;

    private static final String GOLD = """
            {"envoys.txt": {
              "published": "2021-03-16",
              "persons": [
                {"name": "Nikos Dendias", "aliases": ["Dendias"], "role": "Foreign Minister", "country": "Greece"},
                {"name": "Mevlut Cavusoglu", "aliases": [], "role": "Foreign Minister", "country": "Turkey"},
                {"name": "Kyriakos Mitsotakis", "aliases": [], "role": "Prime Minister", "country": "Greece"}
              ],
              "credits": [],
              "places": [{"name": "Geneva", "kind": "city", "country": "Switzerland"},
                         {"name": "Switzerland", "kind": "country", "country": null}],
              "delegations": [],
              "rounds": [{"label": "Greek-Turkish talks", "city": "Geneva", "country": "Switzerland",
                          "date": "2021-03-15", "ordinal": null, "parties": ["Greece", "Turkey"],
                          "mediator": "Switzerland", "status": "held"}]
            }}
            """;

    @Test
    void scoresArticlesThroughTheSavedQueriesAndListsMisses(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("envoys.txt"), ARTICLE);
        Files.writeString(articles.resolve("metadata.csv"), "file,published\nenvoys.txt,2021-03-16\n");
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, GOLD);

        Evaluator.Result r = new Evaluator(Gold.read(gold), articles, SavedQueries.load(Path.of("queries")))
                .run(dir.resolve("scratch"));

        assertEquals(1, r.articles);
        assertEquals(3, r.persons.gold());
        assertEquals(2.0 / 3, r.persons.recall(), 1e-9);
        assertEquals(1.0, r.persons.precision(), 1e-9);
        assertEquals(1.0, r.personRoleCountry.value(), 1e-9);
        assertEquals(1.0, r.roundPlace.f1(), 1e-9);
        assertEquals(1.0, r.roundDate.f1(), 1e-9);
        assertTrue(r.details.get("envoys.txt").contains("persons   miss: Kyriakos Mitsotakis"), r.details.toString());
        String report = r.report();
        assertTrue(report.contains("persons") && report.contains("rounds: date") && report.contains("confidence >= 0.5"));
    }

    @Test
    void aGoldFileThatIsNotJsonIsNamedInTheError(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{ not json");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Gold.read(gold));
        assertTrue(e.getMessage().startsWith(gold.toString()), e.getMessage());
    }
}
