package org.parley.input;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The records of one input file, read one at a time so that an archive of any size is never held
 * in memory. A file that breaks off (a truncated archive) ends with an
 * {@link InputRecord.Unreadable} naming the offset. Not thread-safe.
 */
public interface RecordReader extends Iterator<InputRecord>, AutoCloseable {

    /** Releases the file; idempotent. */
    @Override
    void close();

    /**
     * @param records records already read
     * @return a reader over them
     */
    static RecordReader of(List<InputRecord> records) {
        Iterator<InputRecord> it = records.iterator();
        return new RecordReader() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public InputRecord next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }

            @Override
            public void close() {
            }
        };
    }
}
