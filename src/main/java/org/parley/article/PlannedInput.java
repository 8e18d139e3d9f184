package org.parley.article;

import java.io.Serializable;
import org.parley.input.InputFormat;

/**
 * One entry of an input plan ({@link ArticleLoader#plan}): a file to read, with the folder it was
 * found under, or a problem found while listing the inputs. A plan can be cut into slices that are
 * read apart, in other threads or other JVMs ({@link ArticleLoader#read}):
 * every article keeps the id and the stored name it gets when the whole plan is read at once.
 * Serializable (paths are kept as strings); immutable and thread-safe.
 *
 * @param file         the file as the user named it or as found in a folder (a path, or a URI that an
 *                     {@link InputStaging} fetches), or null for a problem
 * @param metadataBase the folder built: the highest folder whose {@code metadata.csv} applies and
 *                     the one that leads the stored name (a path or URI, as {@code file}); null for
 *                     a problem
 * @param format       how to read the file, or null for a problem
 * @param problem      the problem, or null for a file
 */
public record PlannedInput(String file, String metadataBase, InputFormat format, Problem problem)
        implements Serializable {

    /** Checks that the entry is a file or a problem. */
    public PlannedInput {
        if ((problem == null) == (file == null || metadataBase == null || format == null)) {
            throw new IllegalArgumentException("a planned input is a file with its folder and format, or a problem");
        }
    }

    static PlannedInput of(PlannedFile f) {
        return new PlannedInput(f.file().toString(), f.metadataBase().toString(), f.format(), null);
    }

    static PlannedInput of(Problem p) {
        return new PlannedInput(null, null, null, p);
    }

    /** @return true for an archive or a feed, which holds many records */
    public boolean manyRecords() {
        return problem == null && (format == InputFormat.WARC || format == InputFormat.FEED);
    }
}
