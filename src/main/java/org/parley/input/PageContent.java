package org.parley.input;

import java.util.List;
import org.parley.article.ArticleMetadata;

/**
 * What a page, archived response or feed item gives Parley: the article text in the shape of a
 * {@code .txt} article (headline on the first line, a "By ..." line when the page names authors,
 * then one paragraph per line), the metadata the page declares, its authors and its language.
 * Immutable and thread-safe.
 *
 * @param text     article text for the pipeline
 * @param metadata headline, publication date, canonical URL and publisher found in the page
 * @param authors  authors' names found in the page's metadata or byline, in page order
 * @param language primary language subtag the page declares ("en"), or null
 */
public record PageContent(String text, ArticleMetadata metadata, List<String> authors, String language) {

    /** Copies the list. */
    public PageContent {
        authors = List.copyOf(authors);
    }
}
