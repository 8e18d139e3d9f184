package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The results table shows a refused whole answer by its status, next to the first page measured
 * instead, and the build against both reference runs with its CPU parts and ratio ceilings.
 */
class BenchTableTest {
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void refusedAnswersShowTheirStatusAndThePageItsLatencies() {
        Map<String, Object> results = map(
                "machine", map("cores", 2, "memoryGiB", 23.5, "maxHeapMiB", 1024, "loadAverageAtStart", 0.5, "java", "17"),
                "corpus", map("articles", 10, "seed", 1L, "megabytes", 0.1),
                "addOne", map("seconds", 0.3, "phases", map()),
                "rebuildUnchanged", map("seconds", 0.1, "skipped", 10, "built", 0),
                "queries", List.of(
                        map("query", "statements", "clients", 1, "status", 422, "firstMs", 7000.0, "requests", 1,
                                "errors", 1),
                        map("query", "statements (first page, LIMIT 1000)", "clients", 8, "firstMs", 900.0,
                                "requests", 50, "errors", 0, "status", 200, "rows", 1000L, "bytes", 18000L,
                                "p50ms", 0.5, "p95ms", 2.0, "p99ms", 4.0),
                        map("query", "statements (first page, LIMIT 1000)", "clients", 32, "firstMs", 900.0,
                                "requests", 60, "errors", 2, "status", 200, "rows", 1000L, "bytes", 18000L,
                                "p50ms", 1.5, "p95ms", 3.0, "p99ms", 5.0),
                        map("query", "slow", "clients", 1, "status", 503, "firstMs", 60000.0, "requests", 1,
                                "errors", 1)));
        String md = BenchTable.markdown(results);
        assertTrue(md.contains("| Query (rows) | first request ms | p50/p95/p99 ms @8 | p50/p95/p99 ms @32 |\n"), md);
        assertTrue(md.contains("| statements (-) | 7000.0 | refused: over the server's --max-rows | - |\n"), md);
        assertTrue(md.contains("| statements (first page, LIMIT 1000) (1000) | 900.0 | 0.5 / 2.0 / 4.0 (n=50) |"
                + " 1.5 / 3.0 / 5.0 (n=60, 2 errors) |\n"), md);
        assertTrue(md.contains("| slow (-) | 60000.0 | refused: over the query timeout | - |\n"), md);
    }

    @Test
    void buildRowsShowBothReferenceRunsTheCpuByPartAndTheCeilings() {
        Map<String, Object> results = map(
                "machine", map("cores", 2, "memoryGiB", 23.5, "maxHeapMiB", 1024, "loadAverageAtStart", 0.5, "java", "17"),
                "corpus", map("articles", 10, "seed", 1L, "megabytes", 0.1),
                "reference", map("articles", 5, "articlesPerSecond", 400.0, "megabytesPerSecond", 0.5,
                        "cpuMsPerArticle", 2.5, "runs", List.of(
                                map("when", "before the build", "articlesPerSecond", 380.0, "cpuMsPerArticle", 2.6),
                                map("when", "after the build", "articlesPerSecond", 420.0, "cpuMsPerArticle", 2.4))),
                "build", map("threads", 2, "articles", 10, "seconds", 0.05, "articlesPerSecond", 200.0,
                        "megabytesPerSecond", 0.25, "ratioToReference", 0.5, "ratioToReferenceBefore", 0.53,
                        "ratioToReferenceAfter", 0.48, "cpuRatioToReference", 0.25, "ratioCeilingAllCoresBusy", 0.5,
                        "ratioCeilingWithoutConversion", 1.25, "cpuMsPerArticle", 10.0,
                        "cpuMsPerArticleByPart", map("total", 10.0, "conversion", 5.0, "gc", 0.8, "jit", 0.2,
                                "storeAndRest", 4.0),
                        "phases", map(), "peakHeapMiB", 1, "peakLiveHeapMiB", 1, "peakRssMiB", 1, "loadAverage", 1.0,
                        "triples", 100L, "storeMiB", 1.0),
                "addOne", map("seconds", 0.3, "phases", map()),
                "rebuildUnchanged", map("seconds", 0.1, "skipped", 10, "built", 0),
                "queries", List.of());
        String md = BenchTable.markdown(results);
        assertTrue(md.contains("| 400.0 articles/s, 0.5 MB/s (5 articles); before the build 380.0 articles/s, 2.6 ms CPU"
                + " per article; after the build 420.0 articles/s, 2.4 ms CPU per article |\n"), md);
        assertTrue(md.contains("| Build / reference throughput | 0.5x (0.53x against the run before the build, 0.48x"
                + " against the run after it) |\n"), md);
        assertTrue(md.contains("| Build CPU per article by part (ms) | conversion 5.0, garbage collector 0.8, JIT compilers"
                + " 0.2, store, indexes and the rest 4.0 |\n"), md);
        assertTrue(md.contains("| 0.5x with every core busy; 1.25x if conversion cost nothing |\n"), md);
    }
}
