package org.parley.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.parley.article.Article;
import org.parley.article.Problem;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;
import org.parley.rdf.Parley;

/**
 * Builds articles into a {@link ParleyStore}, incrementally, streaming.
 *
 * <p>Articles are read from an iterator as conversion proceeds (at most four per worker are in
 * flight), so the heap does not grow with the corpus. For each article the {@link ContentHash} is
 * compared with the one stored on the article node ({@code parley:contentHash}); unchanged
 * articles are skipped, the others are converted on a pool of worker threads (each with its own
 * {@link ArticleConverter}) and written by the calling thread alone, in input order, so the
 * store's content does not depend on the number of threads.
 *
 * <p>Into an empty store, articles go through TDB2's bulk loader (phased loader: node table and
 * primary index while converting); the secondary indexes are then built in their own order by
 * {@link SortedIndexBuild}. Into a store that has content, a changed article replaces its own
 * named graph through a {@link GraphWriter}: several articles per write transaction, one per
 * transaction when a batch fails, so a failing article never leaves partial triples, each
 * transaction refreshing the preferred names and dates its articles touch. At the end
 * ({@link GraphWriter#finish}), in one write transaction, the ontology graph is refreshed, and
 * after a bulk load every preferred name is computed; then, after a bulk load or on a store built
 * before preferred dates existed, every preferred date.
 *
 * <p>Not thread-safe: one build at a time per instance.
 */
public final class StoreBuilder {
    /** Default articles per write transaction. */
    public static final int DEFAULT_BATCH = 16;
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    private final ParleyStore store;
    private final Supplier<ArticleConverter> converters;
    private final int threads;
    private final int batchSize;
    private boolean allowBulk = true;
    private boolean statistics = true;
    private BuildTimings timings = BuildTimings.NONE;
    private int indexRunQuads = SortedIndexBuild.RUN_QUADS;

    /**
     * @param store      the store to write
     * @param converters makes one converter per worker thread
     * @param threads    worker threads for conversion (at least 1)
     * @param batchSize  articles per write transaction (at least 1)
     */
    public StoreBuilder(ParleyStore store, Supplier<ArticleConverter> converters, int threads, int batchSize) {
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be positive");
        }
        this.store = store;
        this.converters = converters;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    /**
     * A builder with the full extraction pipeline, one worker per core (at most 4).
     *
     * @param store the store to write
     * @return the builder
     */
    public static StoreBuilder standard(ParleyStore store) {
        int cores = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        return new StoreBuilder(store, ArticleConverter::create, cores, DEFAULT_BATCH);
    }

    /**
     * An article converted, or the problem that stopped it.
     *
     * @param article the article
     * @param hash    its content hash
     * @param graph   its graph, carrying the hash on the article node; null after a problem
     * @param problem what stopped the conversion ({@code extraction failed: ...}), or null
     */
    public record Converted(Article article, String hash, ArticleGraph graph, Problem problem) {
    }

    /** Where converted articles go: transactions, or the bulk loader into an empty store. */
    private interface Sink {
        /** @return the number of articles written */
        int write(List<Converted> batch, List<Problem> problems);
    }

    /**
     * @param allow false to write with transactions even into an empty store
     * @return this builder
     */
    public StoreBuilder bulk(boolean allow) {
        this.allowBulk = allow;
        return this;
    }

    /**
     * @param compute false to leave the triple count and entity counts of the summary out
     *                ({@link BuildSummary#NOT_COUNTED} and empty); they walk the whole store, which
     *                takes seconds to a minute at 100,000 articles
     * @return this builder
     */
    public StoreBuilder statistics(boolean compute) {
        this.statistics = compute;
        return this;
    }

    /**
     * @param quads quads per sorted run when a bulk load builds the secondary indexes (tests use
     *              small runs to merge many)
     * @return this builder
     */
    StoreBuilder indexRunQuads(int quads) {
        this.indexRunQuads = quads;
        return this;
    }

    /**
     * @param receiver receives the duration of each build phase and the worker threads' CPU time in
     *                 conversion (measured only when a receiver is set)
     * @return this builder
     */
    public StoreBuilder timings(BuildTimings receiver) {
        this.timings = receiver;
        return this;
    }

    /**
     * Builds the articles.
     *
     * @param articles articles in a deterministic order
     * @param progress progress receiver
     * @return counts, store size and the problems met
     */
    public BuildSummary build(List<Article> articles, BuildProgress progress) {
        return build(articles.iterator(), articles.size(), progress);
    }

    /**
     * Builds a stream of articles, reading it as conversion proceeds: at most a few articles per
     * worker are held at a time, whatever the corpus size.
     *
     * @param articles articles in a deterministic order
     * @param total    the number of articles expected, for progress reports
     * @param progress progress receiver
     * @return counts, store size and the problems met
     */
    public BuildSummary build(Iterator<Article> articles, int total, BuildProgress progress) {
        long start = System.nanoTime();
        Dataset ds = store.dataset();
        boolean empty = Txn.calculateRead(ds, () -> !ds.asDatasetGraph().find().hasNext());
        boolean bulk = empty && allowBulk;
        Map<String, String> stored = empty || total <= HASH_LOOKUP_LIMIT ? null : store.contentHashes();
        List<Problem> problems = new ArrayList<>();
        int skipped = 0;
        int built = 0;
        int failed = 0;
        int done = 0;
        progress.update(0, total);
        ThreadLocal<ArticleConverter> local = ThreadLocal.withInitial(converters);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-convert");
            t.setDaemon(true);
            return t;
        });
        DataLoader loader = bulk
                ? new LoaderMain(loaderPlan(store.quadIndexes()), ds.asDatasetGraph(), (fmt, args) -> { })
                : null;
        GraphWriter writer = new GraphWriter(store);
        Sink sink = bulk ? (batch, ps) -> bulkWrite(loader, batch) : (batch, ps) -> write(writer, batch, ps);
        boolean loaded = false;
        LongAdder conversionCpu = timings != BuildTimings.NONE && THREAD_CPU.isCurrentThreadCpuTimeSupported()
                ? new LongAdder() : null;
        if (loader != null) {
            loader.startBulk();
        }
        try {
            Deque<Future<Converted>> pending = new ArrayDeque<>();
            List<Converted> batch = new ArrayList<>();
            int window = threads * 4;
            while (articles.hasNext() || !pending.isEmpty()) {
                while (articles.hasNext() && pending.size() < window) {
                    Article a = articles.next();
                    String h = ContentHash.of(a);
                    if (!empty && h.equals(stored != null ? stored.get(Iris.article(a.id())) : storedHash(a.id()))) {
                        skipped++;
                        progress.update(++done, total);
                        continue;
                    }
                    pending.add(pool.submit(() -> convert(local.get(), a, h, conversionCpu)));
                }
                if (pending.isEmpty()) {
                    continue;
                }
                Converted c = await(pending.removeFirst());
                if (c.problem != null) {
                    problems.add(c.problem);
                    failed++;
                    progress.update(++done, total);
                    continue;
                }
                batch.add(c);
                if (batch.size() >= batchSize) {
                    int ok = sink.write(batch, problems);
                    built += ok;
                    failed += batch.size() - ok;
                    done += batch.size();
                    progress.update(done, total);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                int ok = sink.write(batch, problems);
                built += ok;
                failed += batch.size() - ok;
                done += batch.size();
                progress.update(done, total);
            }
            if (loader != null) {
                long t = System.nanoTime();
                loader.finishBulk();
                SortedIndexBuild.build(ds.asDatasetGraph(), store.quadIndexes(), store.directory(), indexRunQuads);
                timings.phase("index", System.nanoTime() - t);
            }
            loaded = true;
        } finally {
            pool.shutdownNow();
            if (loader != null && !loaded) {
                loader.finishException(new IllegalStateException("build stopped"));
            }
        }
        timings.phase("convert+write", System.nanoTime() - start);
        if (conversionCpu != null) {
            timings.cpu("conversion", conversionCpu.sum());
        }
        GraphWriter.finish(store, empty, timings);
        long t = System.nanoTime();
        long triples = statistics ? store.quadCount() : BuildSummary.NOT_COUNTED;
        Map<String, Long> entities = statistics ? entitiesByType(ds) : Map.of();
        timings.phase("statistics", System.nanoTime() - t);
        return new BuildSummary(built, skipped, failed, triples, entities, problems,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Up to this many articles, stored hashes are looked up one by one rather than all read. */
    private static final int HASH_LOOKUP_LIMIT = 256;

    private String storedHash(String id) {
        Node g = NodeFactory.createURI(Iris.article(id));
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().asDatasetGraph().find(g, g, Parley.CONTENT_HASH.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    /**
     * TDB2's phased plan (data into SPO and the primary quad index) without its secondary quad
     * indexes, which {@link SortedIndexBuild} fills afterwards in their own order.
     */
    static LoaderPlan loaderPlan(List<String> quadIndexes) {
        LoaderPlan phased = LoaderPlans.loaderPlanPhased;
        return new LoaderPlan(phased.dataInputType(), phased.primaryLoad3(), new String[] {quadIndexes.get(0)},
                phased.secondaryIndex3(), new String[0][]);
    }

    private static int bulkWrite(DataLoader loader, List<Converted> batch) {
        StreamRDF out = loader.stream();
        for (Converted c : batch) {
            Node name = c.graph.name();
            c.graph.graph().find().forEachRemaining(tr -> out.quad(new Quad(name, tr)));
        }
        return batch.size();
    }

    /** Converts on a worker thread, adding the thread's CPU time to {@code cpu} when it is not null. */
    private static Converted convert(ArticleConverter converter, Article a, String hash, LongAdder cpu) {
        long before = cpu == null ? 0 : THREAD_CPU.getCurrentThreadCpuTime();
        try {
            return convert(converter, a, hash);
        } finally {
            if (cpu != null) {
                cpu.add(THREAD_CPU.getCurrentThreadCpuTime() - before);
            }
        }
    }

    /**
     * Converts one article as every build does: its graph, with the content hash on the article
     * node; a failure of the extraction becomes the result's problem.
     *
     * @param converter the converter
     * @param a         the article
     * @param hash      its {@link ContentHash}
     * @return the converted article or its problem
     */
    public static Converted convert(ArticleConverter converter, Article a, String hash) {
        try {
            ArticleGraph g = converter.convert(a);
            Graph graph = g.graph();
            graph.add(Triple.create(g.name(), Parley.CONTENT_HASH.asNode(), NodeFactory.createLiteralString(hash)));
            return new Converted(a, hash, g, null);
        } catch (RuntimeException | StackOverflowError e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Converted(a, hash, null, new Problem(a.source(), "extraction failed: " + m));
        }
    }

    private static Converted await(Future<Converted> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("conversion failed: " + e.getCause(), e.getCause());
        }
    }

    /** @return the number of articles written */
    private static int write(GraphWriter writer, List<Converted> batch, List<Problem> problems) {
        return writer.write(batch.stream().map(c -> new GraphWriter.Item(c.article.source(), c.graph.name(),
                c.graph.graph())).toList(), problems).size();
    }

    /** Counts distinct resources per Parley class over the article graphs. */
    static Map<String, Long> entitiesByType(Dataset ds) {
        String q = "SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } "
                + "FILTER(?g != <" + Parley.ONTOLOGY_GRAPH + ">) "
                + "FILTER(STRSTARTS(STR(?t), \"" + Parley.NS + "\")) "
                + "FILTER(?t NOT IN (<" + Parley.SENTENCE_CLASS.getURI() + ">, <" + Parley.EVIDENCE.getURI() + ">)) "
                + "} GROUP BY ?t";
        Map<String, Long> out = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.put(s.getResource("t").getURI().substring(Parley.NS.length()), s.getLiteral("n").getLong());
                }
            }
        });
        return out;
    }
}
