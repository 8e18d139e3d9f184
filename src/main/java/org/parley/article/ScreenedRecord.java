package org.parley.article;

import java.io.Serializable;

/**
 * A record that claimed its article id in a stream read with deferred screening
 * ({@link ArticleLoader#deferredScreening}): what is needed to decide, across streams read apart,
 * which records a single build would have kept (the first claim of an id wins; a kept page, archived
 * page or feed item that copies one kept before is skipped). Immutable and thread-safe.
 *
 * @param id        the article id it claimed
 * @param place     the record's place, as problems name it
 * @param archived  true for a record of a WARC file or feed, whose repeated id is skipped
 *                  ("repeated URI") rather than a problem ("duplicate article id")
 * @param kept      false when the stream skipped it (not in English)
 * @param signature its MinHash signature ({@link org.parley.input.NearDuplicates#signature}) when it
 *                  was kept and is screened for copies; null for {@code .txt} articles and skipped
 *                  records
 */
public record ScreenedRecord(String id, String place, boolean archived, boolean kept, int[] signature)
        implements Serializable {
}
