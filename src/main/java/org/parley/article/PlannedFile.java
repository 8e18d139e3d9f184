package org.parley.article;

import java.nio.file.Path;
import org.parley.input.InputFormat;

/**
 * A file to read, its format, and the folder whose {@code metadata.csv} files apply to it.
 * Immutable and thread-safe.
 *
 * @param file         the file as the user named it (or as found in a folder)
 * @param metadataBase the highest folder whose metadata.csv applies
 * @param format       how to read it
 * @param place        how problems and skipped records name it: the file as the user named it, or
 *                     the URI it was fetched from ({@link InputStaging})
 */
record PlannedFile(Path file, Path metadataBase, InputFormat format, String place) {

    /** A file read where it is, named as given. */
    PlannedFile(Path file, Path metadataBase, InputFormat format) {
        this(file, metadataBase, format, file.toString());
    }

    /** @return true for an archive or feed: many records, each keyed by its URI */
    boolean manyRecords() {
        return format == InputFormat.WARC || format == InputFormat.FEED;
    }
}
