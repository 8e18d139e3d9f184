package org.parley.store;

/**
 * A store that cannot be used: directory not writable, locked by another process, damaged. The
 * message names the store directory and says what to do; it is printed once by the CLI.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether another process holds the store's lock. */
    private final boolean locked;

    /**
     * @param message what is wrong, naming the store
     * @param cause   the underlying error, or null
     */
    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreException(String message, Throwable cause, boolean locked) {
        super(message, cause);
        this.locked = locked;
    }

    /**
     * @param message what is wrong, naming the store
     * @param cause   the lock failure
     * @return the exception for a store another process holds
     */
    public static StoreException locked(String message, Throwable cause) {
        return new StoreException(message, cause, true);
    }

    /** @return true when the store could not be opened because another process holds it */
    public boolean isLocked() {
        return locked;
    }

    /**
     * @param message what is wrong, naming the store
     */
    public StoreException(String message) {
        this(message, null, false);
    }
}
