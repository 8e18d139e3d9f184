package org.parley.article;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the files of a plan readable on this machine just before they are read, and frees them
 * after: a plan may name files on another file system (a Hadoop URI), which a staging copies to a
 * local folder one file at a time ({@link ArticleLoader#read(java.util.List, InputStaging)}).
 * Articles keep the stored names and places the plan gives them: the local copy of a file stands
 * at the same path below its local folder as the file below its folder built, and problems name
 * the planned file, not the copy. Implementations say whether they are thread-safe; a stream
 * calls its staging from the thread that iterates it.
 */
public interface InputStaging {
    /** Reads every file where the plan names it. */
    InputStaging NONE = new InputStaging() {
        @Override
        public Local fetch(PlannedInput entry) {
            return new Local(Path.of(entry.file()), Path.of(entry.metadataBase()));
        }

        @Override
        public void release(Local local) {
        }
    };

    /**
     * A planned file as it can be read here.
     *
     * @param file         the local file
     * @param metadataBase the local folder that stands for the planned folder built; the
     *                     {@code metadata.csv} files between it and the file apply
     */
    record Local(Path file, Path metadataBase) {
    }

    /**
     * @param entry a planned file (not a problem)
     * @return where to read it
     * @throws IOException when it cannot be fetched; the stream reports it as a problem of the
     *                     planned file and goes on
     */
    Local fetch(PlannedInput entry) throws IOException;

    /**
     * Frees what {@link #fetch} made, once the file has been read.
     *
     * @param local the value {@link #fetch} returned
     */
    void release(Local local);
}
