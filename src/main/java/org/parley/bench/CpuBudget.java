package org.parley.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a build's CPU time per article into its parts and turns it into ceilings on the build's
 * throughput ratio to the reference pass.
 *
 * <p>A build using {@code c} cores fully takes at least {@code cpu / c} of wall time per article,
 * so its ratio to a single-threaded reference that takes {@code r} ms of wall time per article is
 * at most {@code c * r / cpu}: the ceiling "with every core busy". The same bound over the CPU
 * time left when conversion, the collector and the compilers are taken out (what the store, its
 * indexes, reading and hashing the files and the other build phases cost) is the ratio the build
 * could not pass even if extraction cost nothing: the ceiling "without conversion". A target ratio
 * above that ceiling needs a cheaper store or a smaller graph, not cheaper extraction.
 *
 * <p>Stateless and thread-safe.
 */
final class CpuBudget {
    private CpuBudget() {
    }

    /**
     * @param total      the build process's CPU nanoseconds (all threads)
     * @param conversion the conversion workers' CPU nanoseconds (extraction and RDF), -1 when unknown
     * @param gc         the garbage collector's CPU nanoseconds, -1 when unknown
     * @param jit        the just-in-time compilers' CPU nanoseconds, -1 when unknown
     * @param articles   articles built
     * @return ms per article: "total", and when known "conversion", "gc", "jit" and
     *         "storeAndRest" (the total less the known parts; only when conversion is known)
     */
    static Map<String, Object> parts(long total, long conversion, long gc, long jit, int articles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", perArticle(total, articles));
        long rest = total - Math.max(0, conversion) - Math.max(0, gc) - Math.max(0, jit);
        if (conversion >= 0) {
            m.put("conversion", perArticle(conversion, articles));
        }
        if (gc >= 0) {
            m.put("gc", perArticle(gc, articles));
        }
        if (jit >= 0) {
            m.put("jit", perArticle(jit, articles));
        }
        if (conversion >= 0) {
            m.put("storeAndRest", perArticle(Math.max(0, rest), articles));
        }
        return m;
    }

    /**
     * @param cores       the machine's cores
     * @param referenceMs the reference pass's wall time per article, ms
     * @param parts       ms per article as {@link #parts} gives them
     * @return "ratioCeilingAllCoresBusy" and "ratioCeilingWithoutConversion", each when its CPU time
     *         is known and positive
     */
    static Map<String, Object> ceilings(int cores, double referenceMs, Map<String, Object> parts) {
        Map<String, Object> m = new LinkedHashMap<>();
        ceiling(m, "ratioCeilingAllCoresBusy", cores, referenceMs, parts.get("total"));
        ceiling(m, "ratioCeilingWithoutConversion", cores, referenceMs, parts.get("storeAndRest"));
        return m;
    }

    /** Puts {@code cores * referenceMs / cpuMs} under the key when the CPU time is known and positive. */
    private static void ceiling(Map<String, Object> m, String key, int cores, double referenceMs, Object cpuMs) {
        if (cpuMs instanceof Number cpu && cpu.doubleValue() > 0) {
            m.put(key, Benchmark.round(cores * referenceMs / cpu.doubleValue(), 2));
        }
    }

    private static double perArticle(long nanos, int articles) {
        return Benchmark.round(nanos / 1e6 / Math.max(1, articles), 3);
    }
}
