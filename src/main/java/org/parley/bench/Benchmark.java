package org.parley.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.Iris;
import org.parley.serve.ParleyServer;
import org.parley.serve.ResultCache;
import org.parley.store.BuildProgress;
import org.parley.store.BuildSummary;
import org.parley.store.BuildTimings;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * The benchmark behind {@code parley bench}: generates a scale corpus ({@link ScaleCorpus}), runs
 * the single-threaded OpenNLP reference ({@link ReferencePass}) over it, builds it into an empty
 * store, serves the store with the embedded Fuseki server and loads every saved query at several
 * client counts over HTTP ({@link LoadDriver}), adds one article, and rebuilds the unchanged
 * corpus. Writes {@code results.json} and {@code results.md} into the output folder.
 *
 * <p>Not thread-safe; one run at a time (it uses the output folder).
 */
public final class Benchmark {

    /**
     * What to run.
     *
     * @param articles          corpus size
     * @param seed              generator seed
     * @param out               output folder (corpus, store, results)
     * @param threads           conversion threads of the build
     * @param referenceArticles articles of the corpus the reference pass reads (all when 0)
     * @param clients           client counts of the load test
     * @param loadBudget        time budget per query and client count
     * @param maxRequests       request budget per query and client count
     * @param pageRows          a saved query whose whole answer the server refuses (over its row limit, HTTP
     *                          422) or cannot give in the timeout is measured on its first page: the query
     *                          with {@code LIMIT pageRows} appended, as the server's message advises (0: not)
     * @param queryTimeout      the server's query timeout (a timed-out request counts as an error)
     * @param reuseStore        when the output folder holds a built store, skip the reference and the build
     *                          and measure queries, adding and rebuilding on that store
     * @param cacheBytes        the server's result cache ({@code serve --cache-mib}), in bytes; 0 turns it off
     * @param prewarmTimeout    query timeout of the cache's prewarm ({@code serve --prewarm-timeout})
     */
    public record Options(int articles, long seed, Path out, int threads, int referenceArticles, List<Integer> clients,
                          Duration loadBudget, int maxRequests, int pageRows, Duration queryTimeout,
                          boolean reuseStore, long cacheBytes, Duration prewarmTimeout) {
    }

    private final Options options;
    private final PrintWriter log;
    private final Map<String, Object> results = new LinkedHashMap<>();

    /**
     * @param options what to run
     * @param log     where progress goes
     */
    public Benchmark(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /**
     * Runs every step and writes the results.
     *
     * @return the results (also written to {@code results.json})
     * @throws IOException when the output folder cannot be written
     */
    public Map<String, Object> run() throws IOException {
        Files.createDirectories(options.out());
        machine();
        Path corpus = options.out().resolve("corpus-" + options.articles() + "-" + options.seed());
        generate(corpus);
        Path storeDir = options.out().resolve("store");
        boolean reuse = options.reuseStore() && ParleyStore.exists(storeDir);
        Reference before = null;
        if (!reuse) {
            before = reference(corpus, "before the build");
            deleteTree(storeDir);
        }
        try (ParleyStore store = ParleyStore.open(storeDir)) {
            if (!reuse) {
                Map<String, Object> build = build(corpus, store);
                Reference after = reference(corpus, "after the build");
                results.put("reference", Reference.combined(before, after));
                compare(build, before, after);
                results.put("build", build);
                log.printf(Locale.ROOT, "%nbuild: %s%n", build);
                log.flush();
                save();
            }
            serve(store);
            save();
            addOne(store);
            rebuild(corpus, store);
        }
        write();
        return results;
    }

    private void machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryGiB", round(totalMemoryBytes() / (1024.0 * 1024 * 1024), 1));
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("loadAverageAtStart", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        m.put("java", System.getProperty("java.version"));
        m.put("garbageCollectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        m.put("started", Instant.now().toString());
        results.put("machine", m);
        log.printf(Locale.ROOT, "machine: %s%n", m);
        log.flush();
    }

    private void generate(Path corpus) throws IOException {
        Path marker = corpus.resolve(".complete");
        long t = System.nanoTime();
        if (!Files.exists(marker)) {
            deleteTree(corpus);
            long bytes = new ScaleCorpus(options.seed(), options.articles()).write(corpus, options.articles());
            Files.writeString(marker, Long.toString(bytes));
        }
        long bytes = Long.parseLong(Files.readString(marker).trim());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", options.articles());
        m.put("seed", options.seed());
        m.put("megabytes", round(bytes / (1024.0 * 1024), 1));
        m.put("seconds", seconds(System.nanoTime() - t));
        results.put("corpus", m);
        log.printf(Locale.ROOT, "corpus: %s%n", m);
        log.flush();
    }

    /** One run of the reference pass, with the CPU time of the thread that ran it. */
    private record Reference(ReferencePass.Result result, long cpuNanos) {
        double cpuMsPerArticle() {
            return cpuNanos / 1e6 / Math.max(1, result.articles());
        }

        Map<String, Object> figures(String when) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("when", when);
            m.put("articles", result.articles());
            m.put("tokens", result.tokens());
            m.put("seconds", seconds(result.nanos()));
            m.put("articlesPerSecond", round(result.articlesPerSecond(), 1));
            m.put("megabytesPerSecond", round(result.megabytesPerSecond(), 3));
            m.put("cpuMsPerArticle", round(cpuMsPerArticle(), 2));
            return m;
        }

        /** The two runs together (rates over their summed time, the mean CPU) and each run. */
        static Map<String, Object> combined(Reference before, Reference after) {
            ReferencePass.Result b = before.result();
            ReferencePass.Result a = after.result();
            ReferencePass.Result both = new ReferencePass.Result(b.articles() + a.articles(),
                    b.bytes() + a.bytes(), b.tokens() + a.tokens(), b.nanos() + a.nanos());
            Map<String, Object> m = new Reference(both, before.cpuNanos() + after.cpuNanos()).figures("both runs");
            m.remove("when");
            m.put("articles", b.articles());
            m.put("tokens", b.tokens());
            m.put("runs", List.of(before.figures("before the build"), after.figures("after the build")));
            return m;
        }
    }

    /**
     * Runs the reference pass over the corpus's first {@code --reference-articles} articles. The
     * build is compared with two such runs, one before it and one after, so that the machine's
     * speed over the build's whole duration is sampled at both ends, not only before it.
     */
    private Reference reference(Path corpus, String when) {
        int limit = options.referenceArticles() <= 0 ? Integer.MAX_VALUE : options.referenceArticles();
        try (ArticleStream s = new ArticleLoader().stream(List.of(corpus))) {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            ReferencePass.Result r = new ReferencePass().run(limited(s, limit));
            cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu;
            Reference ref = new Reference(r, cpu);
            log.printf(Locale.ROOT, "reference (sentences, tokens, POS; 1 thread), %s: %s%n", when, ref.figures(when));
            log.flush();
            return ref;
        }
    }

    private Map<String, Object> build(Path corpus, ParleyStore store) throws IOException {
        Map<String, Object> phases = new LinkedHashMap<>();
        long[] conversionCpu = {-1};
        HeapSampler heap = new HeapSampler();
        Map<String, Long> jvmBefore = JvmThreadCpu.sample();
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        BuildSummary s;
        long bytes;
        try (ArticleStream articles = new ArticleLoader().stream(List.of(corpus))) {
            CountingIterator counted = new CountingIterator(articles);
            s = new StoreBuilder(store, ArticleConverter::create, options.threads(), StoreBuilder.DEFAULT_BATCH)
                    .timings(new BuildTimings() {
                        @Override
                        public void phase(String phase, long nanos) {
                            phases.put(phase, seconds(nanos));
                        }

                        @Override
                        public void cpu(String part, long nanos) {
                            if (part.equals("conversion")) {
                                conversionCpu[0] = nanos;
                            }
                        }
                    })
                    .build(counted, articles.expected(), progress());
            bytes = counted.bytes;
        }
        long nanos = System.nanoTime() - t;
        cpu = processCpuNanos() - cpu;
        Map<String, Long> jvmAfter = JvmThreadCpu.sample();
        heap.close();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", options.threads());
        m.put("articles", s.built());
        m.put("failed", s.failed());
        m.put("seconds", seconds(nanos));
        m.put("phases", phases);
        m.put("articlesPerSecond", round(s.built() / (nanos / 1e9), 1));
        m.put("megabytesPerSecond", round(bytes / (1024.0 * 1024) / (nanos / 1e9), 3));
        int n = Math.max(1, s.built());
        m.put("cpuMsPerArticle", round(cpu / 1e6 / n, 2));
        m.put("cpuMsPerArticleByPart", CpuBudget.parts(cpu, conversionCpu[0],
                JvmThreadCpu.between(jvmAfter, jvmBefore, "gc"), JvmThreadCpu.between(jvmAfter, jvmBefore, "jit"), n));
        m.put("peakHeapMiB", heap.peakUsedMiB());
        m.put("peakLiveHeapMiB", heap.peakLiveMiB());
        m.put("peakRssMiB", peakRssMiB());
        m.put("triples", s.triples());
        m.put("storeMiB", round(store.sizeOnDisk() / (1024.0 * 1024), 1));
        m.put("entities", s.entitiesByType());
        m.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
        return m;
    }

    /** Adds the build's ratios to the reference and the ceilings its CPU cost sets on them. */
    @SuppressWarnings("unchecked")
    private void compare(Map<String, Object> build, Reference before, Reference after) {
        double aps = ((Number) build.get("articlesPerSecond")).doubleValue();
        double buildCpu = ((Number) build.get("cpuMsPerArticle")).doubleValue();
        int refArticles = before.result().articles() + after.result().articles();
        double refAps = refArticles / ((before.result().nanos() + after.result().nanos()) / 1e9);
        double refCpu = (before.cpuNanos() + after.cpuNanos()) / 1e6 / Math.max(1, refArticles);
        build.put("ratioToReference", round(aps / refAps, 2));
        build.put("ratioToReferenceBefore", round(aps / before.result().articlesPerSecond(), 2));
        build.put("ratioToReferenceAfter", round(aps / after.result().articlesPerSecond(), 2));
        build.put("cpuRatioToReference", round(refCpu / buildCpu, 2));
        build.putAll(CpuBudget.ceilings(Runtime.getRuntime().availableProcessors(), 1000.0 / refAps,
                (Map<String, Object>) build.get("cpuMsPerArticleByPart")));
    }

    private BuildProgress progress() {
        long[] last = {System.nanoTime()};
        return (done, total) -> {
            long now = System.nanoTime();
            if (now - last[0] > 30_000_000_000L || done == total) {
                last[0] = now;
                log.printf(Locale.ROOT, "  build %d/%d (%s)%n", done, total, Instant.now());
                log.flush();
            }
        };
    }

    private void serve(ParleyStore store) throws IOException {
        SavedQueries saved = SavedQueries.load();
        LogCtl.setLevel("org.apache.jena.fuseki.Fuseki", "WARN");
        LogCtl.setLevel("org.apache.jena.fuseki.Server", "WARN");
        long started = System.nanoTime();
        FusekiServer server = ParleyServer.start(store.dataset(),
                new ParleyServer.Options("127.0.0.1", 0, false, options.queryTimeout(), saved)
                        .withCache(options.cacheBytes()).withPrewarmTimeout(options.prewarmTimeout()));
        List<Object> rows = new ArrayList<>();
        try {
            var prewarm = ParleyServer.prewarmer(server);
            if (prewarm.isPresent()) {
                while (!saved.all().isEmpty() && prewarm.get().passes() < 1) {
                    sleep(100);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("cacheMiB", options.cacheBytes() >> 20);
                m.put("prewarmSeconds", seconds(System.nanoTime() - started));
                m.put("cachedAnswers", ParleyServer.cache(server).map(ResultCache::size).orElse(0));
                m.put("cachedMiB", round(ParleyServer.cache(server).map(ResultCache::bytes).orElse(0L) / 1048576.0, 1));
                results.put("cache", m);
                log.printf(Locale.ROOT, "cache prewarmed: %s%n", m);
                log.flush();
            }
            URI endpoint = URI.create("http://127.0.0.1:" + server.getHttpPort() + ParleyServer.QUERY_ENDPOINT);
            LoadDriver driver = new LoadDriver(endpoint);
            for (SavedQuery q : saved.all()) {
                String text = q.text();
                String name = q.name();
                LoadDriver.Latencies first = driver.run(name, text, 1, 1, Duration.ZERO);
                if (first.status() != 200 && options.pageRows() > 0) {
                    Map<String, Object> whole = new LinkedHashMap<>();
                    whole.put("query", name);
                    whole.put("clients", 1);
                    whole.put("status", first.status());
                    whole.put("firstMs", round(first.p50Ms(), 1));
                    whole.put("requests", 1);
                    whole.put("errors", 1);
                    rows.add(whole);
                    log.printf(Locale.ROOT, "query %s: whole answer refused, measuring its first page: %s%n", name, whole);
                    text = text.strip() + "\nLIMIT " + options.pageRows();
                    name = name + " (first page, LIMIT " + options.pageRows() + ")";
                    first = driver.run(name, text, 1, 1, Duration.ZERO);
                }
                for (int clients : options.clients()) {
                    LoadDriver.Latencies l = driver.run(name, text, clients,
                            Math.max(options.maxRequests(), clients), options.loadBudget());
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("query", l.query());
                    m.put("clients", l.clients());
                    m.put("firstMs", round(first.p50Ms(), 1));
                    m.put("requests", l.requests());
                    m.put("errors", l.errors());
                    m.put("status", l.status());
                    m.put("rows", l.rows());
                    m.put("bytes", l.bytes());
                    m.put("p50ms", round(l.p50Ms(), 1));
                    m.put("p95ms", round(l.p95Ms(), 1));
                    m.put("p99ms", round(l.p99Ms(), 1));
                    rows.add(m);
                    log.printf(Locale.ROOT, "query %s: %s%n", name, m);
                    log.flush();
                }
            }
        } finally {
            server.stop();
        }
        results.put("queries", rows);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    private void addOne(ParleyStore store) {
        ScaleCorpus corpus = new ScaleCorpus(options.seed(), options.articles());
        int next = options.articles();
        while (store.graphSize(Iris.article(corpus.article(next).id())) > 0) {
            next++;
        }
        ScaleCorpus.Generated g = corpus.article(next);
        Article a = new Article(g.id(), "extra/" + g.relativeFile(), g.text(),
                new org.parley.article.ArticleMetadata(g.url(), g.published(), g.publisher(), g.title()));
        Map<String, Object> phases = new LinkedHashMap<>();
        long t = System.nanoTime();
        BuildSummary s = new StoreBuilder(store, ArticleConverter::create, 1, StoreBuilder.DEFAULT_BATCH)
                .statistics(false)
                .timings((phase, nanos) -> phases.put(phase, seconds(nanos)))
                .build(List.of(a), BuildProgress.NONE);
        long nanos = System.nanoTime() - t;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("built", s.built());
        m.put("seconds", seconds(nanos));
        m.put("phases", phases);
        long st = System.nanoTime();
        m.put("triplesAfter", store.quadCount());
        m.put("countTriplesSeconds", seconds(System.nanoTime() - st));
        results.put("addOne", m);
        log.printf(Locale.ROOT, "add one article: %s%n", m);
        log.flush();
    }

    private void rebuild(Path corpus, ParleyStore store) {
        Map<String, Object> phases = new LinkedHashMap<>();
        long t = System.nanoTime();
        BuildSummary s;
        try (ArticleStream articles = new ArticleLoader().stream(List.of(corpus))) {
            s = new StoreBuilder(store, ArticleConverter::create, options.threads(), StoreBuilder.DEFAULT_BATCH)
                    .statistics(false)
                    .timings((phase, nanos) -> phases.put(phase, seconds(nanos)))
                    .build(articles, articles.expected(), BuildProgress.NONE);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("skipped", s.skipped());
        m.put("built", s.built());
        m.put("seconds", seconds(System.nanoTime() - t));
        m.put("phases", phases);
        results.put("rebuildUnchanged", m);
        log.printf(Locale.ROOT, "rebuild unchanged: %s%n", m);
        log.flush();
    }

    /** Writes the results so far, so that an interrupted run leaves its figures. */
    private void save() throws IOException {
        Files.writeString(options.out().resolve(options.reuseStore() ? "results-reuse.json" : "results.json"),
                Json.write(results) + "\n");
    }

    private void write() throws IOException {
        save();
        String table = BenchTable.markdown(results);
        Files.writeString(options.out().resolve(options.reuseStore() ? "results-reuse.md" : "results.md"), table);
        log.println();
        log.print(table);
        log.flush();
    }

    /**
     * Samples the heap every 100 ms: the largest heap in use (live objects and garbage not yet
     * collected) and the largest old generation left after a collection (live objects).
     */
    private static final class HeapSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private long peakUsed;
        private long peakLive;

        HeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "parley-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized void sample() {
            peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null
                        && p.getName().toLowerCase(Locale.ROOT).contains("old")) {
                    peakLive = Math.max(peakLive, p.getCollectionUsage().getUsed());
                }
            }
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
            sample();
        }

        synchronized long peakUsedMiB() {
            return peakUsed / (1024 * 1024);
        }

        synchronized long peakLiveMiB() {
            return peakLive / (1024 * 1024);
        }
    }

    /** Counts the UTF-8 bytes of the articles passing through. */
    private static final class CountingIterator implements java.util.Iterator<Article> {
        private final java.util.Iterator<Article> in;
        long bytes;

        CountingIterator(java.util.Iterator<Article> in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public Article next() {
            Article a = in.next();
            bytes += ReferencePass.utf8Length(a.text());
            return a;
        }
    }

    private static java.util.Iterator<Article> limited(java.util.Iterator<Article> in, int limit) {
        return new java.util.Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < limit && in.hasNext();
            }

            @Override
            public Article next() {
                n++;
                return in.next();
            }
        };
    }

    /** @return the process's peak resident set (VmHWM), or -1 where /proc is not available */
    static long peakRssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** @return CPU time used by this process so far (all threads, including GC), or 0 when unknown */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static long totalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static double seconds(long nanos) {
        return round(nanos / 1e9, 3);
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
