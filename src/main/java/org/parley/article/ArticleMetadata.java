package org.parley.article;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about an article besides its text: where it was published and when. Values
 * come from {@code metadata.csv} or, where that is silent, from the text itself (dateline,
 * headline). Immutable and thread-safe.
 *
 * @param url       source address, or null
 * @param published publication date, or null
 * @param publisher publisher name, or null
 * @param title     headline, or null
 */
public record ArticleMetadata(String url, LocalDate published, String publisher, String title) {

    /** Metadata with every field unknown. */
    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null);

    /** @return the publication date if known */
    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /**
     * Fills this record's unknown fields from {@code other}.
     *
     * @param other fallback values
     * @return a record with this record's values, and {@code other}'s where this has none
     */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(
                url != null ? url : other.url,
                published != null ? published : other.published,
                publisher != null ? publisher : other.publisher,
                title != null ? title : other.title);
    }
}
