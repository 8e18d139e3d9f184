package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.input.WarcCorpus;
import org.parley.store.ParleyStore;

/** A generated crawl of 1,000 pages builds with the counts its mix implies. */
class GeneratedCrawlBuildTest {

    @Test
    void aThousandPageCrawlBuildsItsEnglishOriginals(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        WarcCorpus.write(warc, 1000, 1);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            boolean ok = StoreBuild.run(List.of(warc), store, ArticleLoader.DEFAULT_MAX_BYTES, StoreBuild.defaultThreads(),
                    StoreBuild.COUNT_LIMIT_BYTES, new PrintWriter(out), new PrintWriter(err));
            assertTrue(ok, err.toString());
            assertEquals(800, store.contentHashes().size(), out.toString());
        }
        assertTrue(out.toString().contains("records:  2000 read: 800 articles, 100 not English, 100 duplicates,"
                + " 0 unreadable, 1000 not articles (WARC request record 1000)"), out.toString());
        assertTrue(out.toString().matches("(?s).*relevance: \\d+ articles report no negotiation.*"), out.toString());
    }
}
