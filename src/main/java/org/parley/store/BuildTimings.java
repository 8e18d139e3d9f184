package org.parley.store;

/**
 * Receives the duration of each phase of a build ("convert+write", "index" for the bulk
 * loader's index phase, "preferred-names", "statistics"), for benchmarks. Called from the
 * building thread.
 */
@FunctionalInterface
public interface BuildTimings {
    /** Receives nothing. */
    BuildTimings NONE = (phase, nanos) -> { };

    /**
     * @param phase the phase's name
     * @param nanos how long it took
     */
    void phase(String phase, long nanos);
}
