package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The results table shows a refused whole answer by its status, next to the first page measured instead. */
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
}
