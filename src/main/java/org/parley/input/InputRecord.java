package org.parley.input;

import org.parley.article.ArticleMetadata;
import org.parley.article.Problem;

/**
 * One record of an input file, as read: an article, a record that could not be read, or one
 * that is not an article and is skipped. A {@code .txt} or HTML file is one record; a WARC file
 * holds one per WARC record, a feed one per item. Immutable and thread-safe.
 */
public sealed interface InputRecord {

    /**
     * An article read from its record.
     *
     * @param id       article id: the file name without suffix, or the record's URI
     * @param place    where it was read from, for messages ("crawl.warc.gz [offset 0, https://a.example/x]")
     * @param text     the article text, headline first
     * @param metadata what the record says about itself
     * @param language the primary language subtag the record declares ("en"), or null
     */
    record Read(String id, String place, String text, ArticleMetadata metadata, String language)
            implements InputRecord {
    }

    /**
     * A record that should have been an article but could not be read.
     *
     * @param problem what is wrong and where
     */
    record Unreadable(Problem problem) implements InputRecord {
    }

    /**
     * A record that is not an article (a request, a redirect, an image) and is skipped.
     *
     * @param place  where it is
     * @param reason why it is skipped, short and shared by all records skipped alike ("not HTML")
     * @param detail what is particular to this record ("copy of https://a.example/x"), or null
     */
    record Skipped(String place, String reason, String detail) implements InputRecord {

        /**
         * @param place  where it is
         * @param reason why it is skipped
         */
        public Skipped(String place, String reason) {
            this(place, reason, null);
        }
    }
}
