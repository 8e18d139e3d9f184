package org.parley.article;

import java.util.Iterator;
import java.util.List;

/**
 * Articles read one at a time from the inputs (see {@link ArticleLoader#stream}), so a corpus of
 * any size is never held in memory. Bad files are skipped and reported through {@link #problems()}.
 *
 * <p>Not thread-safe: iterate from one thread.
 */
public interface ArticleStream extends Iterator<Article>, AutoCloseable {

    /** @return the number of article files found, good or bad (an upper bound of the articles) */
    int expected();

    /** @return the number of article files rejected so far */
    int rejected();

    /** @return the problems found so far, in input order */
    List<Problem> problems();

    /** Stops reading; later calls to {@link #hasNext()} return false. */
    @Override
    void close();
}
