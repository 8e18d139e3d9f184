package org.parley.store;

/**
 * A store that cannot be used: directory not writable, locked by another process, damaged. The
 * message names the store directory and says what to do; it is printed once by the CLI.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the store
     * @param cause   the underlying error, or null
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * @param message what is wrong, naming the store
     */
    public StoreException(String message) {
        super(message);
    }
}
