package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.article.LoadResult;

class ScaleCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        ScaleCorpus a = new ScaleCorpus(1L, 100);
        ScaleCorpus b = new ScaleCorpus(1L, 100);
        ScaleCorpus c = new ScaleCorpus(2L, 100);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.article(i), b.article(i));
        }
        assertNotEquals(a.article(0).text(), c.article(0).text());
    }

    @Test
    void articlesVaryAndCarryHeadlineBylineAndQuotes() {
        ScaleCorpus gen = new ScaleCorpus(3L, 200);
        Set<String> headlines = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ScaleCorpus.Generated g = gen.article(i);
            String[] lines = g.text().split("\n");
            headlines.add(lines[0]);
            texts.add(g.text());
            assertTrue(lines[1].startsWith("By "), g.text());
            assertTrue(g.text().contains("“"), g.text());
            assertTrue(g.text().length() > 600, g.text());
        }
        assertEquals(50, texts.size());
        assertTrue(headlines.size() > 20, "headlines vary: " + headlines.size());
    }

    @Test
    void writtenCorpusLoadsWithItsMetadataAndStreamsInTheSameOrder() throws Exception {
        long bytes = new ScaleCorpus(4L, 1200).write(dir, 1200);
        assertTrue(bytes > 0);
        assertTrue(Files.exists(dir.resolve("001/metadata.csv")));
        LoadResult all = new ArticleLoader().load(List.of(dir));
        assertEquals(1200, all.articles().size());
        assertEquals(List.of(), all.problems());
        assertEquals(new ScaleCorpus(4L, 1200).article(1100).published(), all.articles().get(1100).metadata().published());
        try (ArticleStream s = new ArticleLoader().stream(List.of(dir))) {
            assertEquals(1200, s.expected());
            for (int i = 0; i < 1200; i++) {
                assertEquals(all.articles().get(i).id(), s.next().id());
            }
            assertTrue(!s.hasNext());
        }
    }
}
