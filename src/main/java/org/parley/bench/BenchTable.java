package org.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders benchmark results (as collected by {@link Benchmark}) as Markdown tables: machine,
 * build figures, and query latencies per query and client count. Stateless.
 */
final class BenchTable {
    private BenchTable() {
    }

    /**
     * @param results the results map
     * @return Markdown text
     */
    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) results.get("machine");
        Map<String, Object> corpus = (Map<String, Object>) results.get("corpus");
        Map<String, Object> ref = (Map<String, Object>) results.get("reference");
        Map<String, Object> build = (Map<String, Object>) results.get("build");
        Map<String, Object> add = (Map<String, Object>) results.get("addOne");
        Map<String, Object> rebuild = (Map<String, Object>) results.get("rebuildUnchanged");
        sb.append(String.format(Locale.ROOT, "Machine: %s cores, %s GiB RAM, JVM max heap %s MiB, load average %s at start"
                + " of the run; Java %s.%n%n", machine.get("cores"), machine.get("memoryGiB"),
                machine.get("maxHeapMiB"), machine.get("loadAverageAtStart"), machine.get("java")));
        sb.append(String.format(Locale.ROOT, "Corpus: %s generated articles (seed %s), %s MB.%n%n",
                corpus.get("articles"), corpus.get("seed"), corpus.get("megabytes")));
        sb.append("| Figure | Value |\n|---|---|\n");
        if (build != null && ref != null) {
            buildRows(sb, ref, build);
        }
        row(sb, "Add one article (incl. preferred names)", add.get("seconds") + " s " + add.get("phases"));
        row(sb, "Rebuild unchanged corpus", rebuild.get("seconds") + " s (" + rebuild.get("skipped") + " skipped, "
                + rebuild.get("built") + " built)");
        Map<String, Object> cache = (Map<String, Object>) results.get("cache");
        row(sb, "Server result cache", cache == null ? "off" : cache.get("cacheMiB") + " MiB; saved queries prewarmed "
                + cache.get("prewarmSeconds") + " s after start (" + cache.get("cachedAnswers") + " answers, "
                + cache.get("cachedMiB") + " MiB)");
        sb.append('\n');
        queries(sb, (List<Map<String, Object>>) results.get("queries"));
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void buildRows(StringBuilder sb, Map<String, Object> ref, Map<String, Object> build) {
        row(sb, "Reference pass (OpenNLP sentences+tokens+POS, 1 thread)", String.format(Locale.ROOT,
                "%s articles/s, %s MB/s (%s articles)%s", ref.get("articlesPerSecond"), ref.get("megabytesPerSecond"),
                ref.get("articles"), runs((List<Map<String, Object>>) ref.get("runs"))));
        row(sb, "Build (" + build.get("threads") + " threads, empty store, bulk loader)", String.format(Locale.ROOT,
                "%s articles/s, %s MB/s, %s s", build.get("articlesPerSecond"), build.get("megabytesPerSecond"),
                build.get("seconds")));
        row(sb, "Build / reference throughput", build.get("ratioToReference") + "x"
                + (build.get("ratioToReferenceBefore") == null ? "" : " (" + build.get("ratioToReferenceBefore")
                        + "x against the run before the build, " + build.get("ratioToReferenceAfter")
                        + "x against the run after it)"));
        if (build.get("cpuMsPerArticle") != null) {
            row(sb, "CPU per article: reference / build (all threads, GC included)", ref.get("cpuMsPerArticle")
                    + " ms / " + build.get("cpuMsPerArticle") + " ms (build does " + build.get("cpuRatioToReference")
                    + "x the reference's work rate per CPU)");
        }
        Map<String, Object> parts = (Map<String, Object>) build.get("cpuMsPerArticleByPart");
        if (parts != null && parts.containsKey("storeAndRest")) {
            row(sb, "Build CPU per article by part (ms)", String.format(Locale.ROOT,
                    "conversion %s, garbage collector %s, JIT compilers %s, store, indexes and the rest %s",
                    parts.get("conversion"), parts.getOrDefault("gc", "?"), parts.getOrDefault("jit", "?"),
                    parts.get("storeAndRest")));
        }
        if (build.get("ratioCeilingAllCoresBusy") != null) {
            row(sb, "Ratio ceilings (cores x reference ms per article / build CPU ms per article)",
                    String.format(Locale.ROOT, "%sx with every core busy; %sx if conversion cost nothing",
                            build.get("ratioCeilingAllCoresBusy"),
                            build.getOrDefault("ratioCeilingWithoutConversion", "?")));
        }
        row(sb, "Build phases (s)", String.valueOf(build.get("phases")));
        row(sb, "Peak heap in use / live after GC / peak RSS", build.get("peakHeapMiB") + " MiB / "
                + build.get("peakLiveHeapMiB") + " MiB / " + build.get("peakRssMiB") + " MiB");
        row(sb, "Load average after the build", String.valueOf(build.get("loadAverage")));
        row(sb, "Triples (quads)", String.valueOf(build.get("triples")));
        row(sb, "Store size on disk", build.get("storeMiB") + " MiB");
    }

    /** The reference's runs before and after the build, when there are two. */
    private static String runs(List<Map<String, Object>> runs) {
        if (runs == null || runs.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(";");
        for (Map<String, Object> r : runs) {
            sb.append(String.format(Locale.ROOT, " %s %s articles/s, %s ms CPU per article;", r.get("when"),
                    r.get("articlesPerSecond"), r.get("cpuMsPerArticle")));
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static void queries(StringBuilder sb, List<Map<String, Object>> queries) {
        Map<String, Map<Object, Map<String, Object>>> byQuery = new LinkedHashMap<>();
        List<Object> clientCounts = new ArrayList<>();
        for (Map<String, Object> q : queries) {
            byQuery.computeIfAbsent((String) q.get("query"), k -> new LinkedHashMap<>()).put(q.get("clients"), q);
            if (q.get("p50ms") != null && !clientCounts.contains(q.get("clients"))) {
                clientCounts.add(q.get("clients"));
            }
        }
        sb.append("| Query (rows) | first request ms |");
        for (Object c : clientCounts) {
            sb.append(" p50/p95/p99 ms @").append(c).append(" |");
        }
        sb.append("\n|---|---|");
        sb.append("---|".repeat(clientCounts.size()));
        sb.append('\n');
        byQuery.forEach((name, cells) -> {
            Map<String, Object> any = cells.values().iterator().next();
            Object first = any.get("firstMs");
            sb.append("| ").append(name).append(" (").append(any.getOrDefault("rows", "-")).append(") | ")
                    .append(first == null ? "-" : first).append(" |");
            if (any.get("p50ms") == null) {
                sb.append(' ').append(refused(any.get("status"))).append(" |");
                sb.append(" - |".repeat(Math.max(0, clientCounts.size() - 1)));
            } else {
                for (Object c : clientCounts) {
                    Map<String, Object> m = cells.get(c);
                    sb.append(m == null ? " - |" : String.format(Locale.ROOT, " %s / %s / %s (n=%s%s) |",
                            m.get("p50ms"), m.get("p95ms"), m.get("p99ms"), m.get("requests"),
                            ((Number) m.get("errors")).intValue() > 0 ? ", " + m.get("errors") + " errors" : ""));
                }
            }
            sb.append('\n');
        });
    }

    /** A whole answer the server did not give, by its HTTP status. */
    static String refused(Object status) {
        int code = status instanceof Number n ? n.intValue() : -1;
        return switch (code) {
            case 422 -> "refused: over the server's --max-rows";
            case 503 -> "refused: over the query timeout";
            case -1 -> "no response";
            default -> "HTTP " + code;
        };
    }

    private static void row(StringBuilder sb, String figure, String value) {
        sb.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }
}
