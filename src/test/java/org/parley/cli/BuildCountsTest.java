package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.store.ParleyStore;

/**
 * The build summary counts the store's triples and entities when the store is small before the
 * build, and leaves them out, saying how to get them, when it is larger than the limit.
 */
class BuildCountsTest {
    private static String build(ParleyStore store, long countLimit) {
        StringWriter out = new StringWriter();
        StoreBuild.run(List.of(Path.of("seeds")), store, ArticleLoader.DEFAULT_MAX_BYTES, 1, countLimit,
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    @Test
    void countsOnASmallStoreAndNotAboveTheLimit(@TempDir Path dir) {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            String first = build(store, StoreBuild.COUNT_LIMIT_BYTES);
            assertTrue(first.matches("(?s).*triples:  \\d+.*entities: .*Person=\\d+.*"), first);

            String large = build(store, 0);
            assertTrue(large.contains("articles: 0 built, 4 skipped"), large);
            assertTrue(large.contains("triples:  not counted (counting walks the whole store; parley build --counts"),
                    large);
            assertFalse(large.contains("entities:"), large);
        }
    }

    @Test
    void countsOptionForcesTheCounts(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        CliTest.Run first = CliTest.run("build", "--store", store, "seeds");
        assertTrue(first.out().contains("entities:"), first.out());
        CliTest.Run again = CliTest.run("build", "--store", store, "--counts", "seeds");
        assertTrue(again.out().matches("(?s).*triples:  \\d+.*entities: .*"), again.out());
    }
}
