package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.SyntheticArticles;

/** {@code parley query people --name TEXT}: the filter works, and hostile text stays a literal. */
class QueryNameOptionTest {
    @Test
    void nameFilterSelectsPeopleAndInjectionTextMatchesNothing(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        SyntheticArticles.write(articles, 3, 1);
        String store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("build", articles.toString(), "--store", store).code());
        CliTest.Run all = CliTest.run("query", "people", "--store", store, "--format", "csv", "--queries", "queries");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().lines().count() > 2, all.out());
        CliTest.Run one = CliTest.run("query", "people", "--store", store, "--format", "csv", "--queries", "queries",
                "--name", "petrova");
        assertEquals(0, one.code(), one.err());
        assertEquals(2, one.out().lines().count(), one.out());
        assertTrue(one.out().contains("Anna Petrova"), one.out());
        for (String hostile : new String[] {"\"} ; DROP ALL ; #", "\\\" ) }", "a\") || true || (\""}) {
            CliTest.Run r = CliTest.run("query", "people", "--store", store, "--format", "csv", "--queries", "queries",
                    "--name", hostile);
            assertEquals(0, r.code(), hostile + ": " + r.err());
            assertEquals("person,name,role,country", r.out().strip(), hostile + " matched rows");
        }
        CliTest.Run after = CliTest.run("query", "people", "--store", store, "--format", "csv", "--queries", "queries");
        assertEquals(all.out(), after.out(), "the store is unchanged");
        CliTest.Run wrong = CliTest.run("query", "places", "--store", store, "--queries", "queries", "--name", "x");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains("takes no name filter"), wrong.err());
    }
}
