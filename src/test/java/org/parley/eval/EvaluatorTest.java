package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;

class EvaluatorTest {
    private static final String ARTICLE = """
            Envoys meet in Geneva
            Greek Foreign Minister Nikos Dendias and his Turkish counterpart Mevlut Cavusoglu held talks in Geneva \
            on Monday, hosted by Switzerland.
            "We agreed to keep talking," Dendias said.
            """;

    private static final String GOLD = """
            {"articles": {"envoys.txt": {
              "published": "2021-03-16",
              "persons": [
                {"name": "Nikos Dendias", "aliases": ["Dendias"], "country": "Greece"},
                {"name": "Mevlut Cavusoglu", "aliases": [], "country": "Turkey"},
                {"name": "Kyriakos Mitsotakis", "aliases": [], "country": "Greece"}
              ],
              "places": [{"name": "Geneva", "kind": "city"}, {"name": "Switzerland", "kind": "country"}],
              "delegations": [],
              "rounds": [{"city": "Geneva", "date": "2021-03-15"}]
            }}}
            """;

    private static Evaluator evaluator() {
        return new Evaluator(SavedQueries.load(Path.of("queries")), EnumSet.allOf(PersonStage.NameSource.class));
    }

    @Test
    void buildsEachArticleAloneAndScoresItAsTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("envoys.txt"), ARTICLE);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, GOLD);

        ReferenceScore s = evaluator().score(gold, articles, null, dir.resolve("work"), true);

        assertEquals(0, s.errorCount(), s.missLines());
        assertEquals(2.0 / 3, s.recall(ReferenceScore.PERSONS), 1e-9, s.missLines());
        assertEquals(1.0, s.precision(ReferenceScore.PERSONS), 1e-9, s.missLines());
        assertEquals(1.0, s.f1(ReferenceScore.ROUNDS), 1e-9, s.missLines());
        assertEquals(1.0, s.dateAccuracy(), 1e-9, s.missLines());
        assertTrue(s.missLines().contains("envoys.txt: person FN 'Kyriakos Mitsotakis'"), s.missLines());
        assertEquals("file,published\nenvoys.txt,2021-03-16\n",
                Files.readString(dir.resolve("work/envoys/in/metadata.csv")));
        assertTrue(Files.readString(dir.resolve("work/envoys/people.csv")).startsWith("person,"));
        assertTrue(s.report("x").contains("persons      P 1.00 R 0.67 F1 0.80\n"), s.report("x"));
    }

    @Test
    void aDateTheLoaderRejectsFailsTheArticleAsTheCliBuildWould(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("envoys.txt"), ARTICLE);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, GOLD.replace("2021-03-16", "March 2021"));

        ReferenceScore s = evaluator().score(gold, articles, null, dir.resolve("work"), false);

        assertEquals(1, s.errorCount());
        assertTrue(s.missLines().startsWith("envoys.txt: build exit 1: "), s.missLines());
        assertEquals(0.0, s.recall(ReferenceScore.PERSONS));
    }

    @Test
    void countsRoundsAndDelegationsReadBackFromDistractors(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("news"));
        Files.writeString(articles.resolve("weather.txt"), "Rain in Lakeview\nIt rained all day in Lakeview.\n");
        Files.writeString(articles.resolve("envoys.txt"), ARTICLE);

        DistractorScore d = evaluator().distractors(articles, null, dir.resolve("work"), false);

        assertTrue(d.rounds() >= 1, d.report());
        assertEquals(1, d.dirtyArticles(), d.report());
        assertTrue(d.report().endsWith("distractors: 1/2 articles with invented negotiation facts ("
                + d.rounds() + " rounds, " + d.delegations() + " delegations; goal 0)\n"), d.report());
    }

    @Test
    void aGoldFileThatIsNotJsonIsNamedInTheError(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, "{ not json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluator.readGold(gold));
        assertTrue(e.getMessage().startsWith(gold.toString()), e.getMessage());
    }
}
