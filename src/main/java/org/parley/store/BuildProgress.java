package org.parley.store;

/**
 * Receives build progress, e.g. to draw a progress bar. Called from the single writer thread.
 */
@FunctionalInterface
public interface BuildProgress {
    /** Reports nothing. */
    BuildProgress NONE = (done, total) -> { };

    /**
     * @param done  articles handled so far (built, skipped or failed)
     * @param total articles in this build
     */
    void update(int done, int total);
}
