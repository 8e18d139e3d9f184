package org.parley.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a whole input file (an article or a page, never an archive) within a size limit, and
 * words the failures the same way for every format. Stateless and thread-safe.
 */
public final class FileBytes {

    private FileBytes() {
    }

    /**
     * @param file     the file
     * @param maxBytes largest accepted size
     * @return its bytes
     * @throws InputException when it is too large or cannot be read
     */
    public static byte[] read(Path file, long maxBytes) throws InputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(tooLarge(size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException("cannot read: no such file (broken link?)");
        } catch (IOException e) {
            throw new InputException("cannot read: " + message(e));
        }
    }

    /**
     * @param size     a record's size in bytes
     * @param maxBytes the limit
     * @return the message for a record over the limit
     */
    public static String tooLarge(long size, long maxBytes) {
        return String.format(Locale.ROOT, "file is %s, larger than the limit of %s (see --max-size)",
                size(size), size(maxBytes));
    }

    /**
     * @param e an I/O failure
     * @return its class and message, for the user
     */
    public static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + m;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
