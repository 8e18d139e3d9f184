package org.parley.article;

import java.util.Iterator;
import java.util.List;

/**
 * Articles read one at a time from the inputs (see {@link ArticleLoader#stream}), so a corpus of
 * any size is never held in memory. Bad files and records are skipped and reported through
 * {@link #problems()}; records that are not articles are counted through {@link #skipped()}.
 *
 * <p>Not thread-safe: iterate from one thread.
 */
public interface ArticleStream extends Iterator<Article>, AutoCloseable {

    /**
     * @return the number of article files found, good or bad (an upper bound of the articles); 0
     *         when unknown beforehand, as when an input is an archive or a feed
     */
    int expected();

    /**
     * @return the number of records read so far: one per {@code .txt} or HTML file, one per WARC
     *         record and one per feed item
     */
    default int records() {
        return 0;
    }

    /**
     * @return how many records were skipped as not articles so far, by reason ("not HTML",
     *         "HTTP status 301", "WARC request record")
     */
    default java.util.Map<String, Integer> skipped() {
        return java.util.Map.of();
    }

    /** @return the number of article files rejected so far */
    int rejected();

    /** @return the problems found so far, in input order */
    List<Problem> problems();

    /** Stops reading; later calls to {@link #hasNext()} return false. */
    @Override
    void close();
}
