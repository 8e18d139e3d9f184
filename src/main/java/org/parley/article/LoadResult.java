package org.parley.article;

import java.util.List;

/**
 * What {@link ArticleLoader} read: the good articles, in a deterministic order (sorted by path
 * within each argument, arguments in the order given), and one problem per bad input.
 * Immutable and thread-safe.
 *
 * @param articles the articles that could be read
 * @param rejected the number of article files that could not be read
 * @param problems the inputs that could not be read (files, folders, metadata rows), each named once
 */
public record LoadResult(List<Article> articles, int rejected, List<Problem> problems) {

    /** Copies the lists. */
    public LoadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
