package org.parley.store;

/**
 * Receives the duration of each phase of a build ("convert+write", "index" for the bulk
 * loader's index phase, "preferred-names", "statistics") and the CPU time of parts of the build
 * that run on several threads ("conversion": the worker threads' CPU in extraction and RDF
 * writing), for benchmarks. Called from the building thread, once per phase or part.
 */
@FunctionalInterface
public interface BuildTimings {
    /** Receives nothing. */
    BuildTimings NONE = (phase, nanos) -> { };

    /**
     * @param phase the phase's name
     * @param nanos how long it took (wall time)
     */
    void phase(String phase, long nanos);

    /**
     * Receives the CPU time that a part of the build took, summed over the threads that ran it.
     * Ignored unless overridden.
     *
     * @param part  the part's name
     * @param nanos CPU time, in nanoseconds
     */
    default void cpu(String part, long nanos) {
    }
}
