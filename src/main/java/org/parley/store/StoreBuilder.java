package org.parley.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.parley.article.Article;
import org.parley.article.Problem;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Parley;
import org.parley.resolve.PreferredNames;

/**
 * Builds articles into a {@link ParleyStore}, incrementally.
 *
 * <p>For each article the {@link ContentHash} is compared with the one stored on the article
 * node ({@code parley:contentHash}); unchanged articles are skipped, the others are converted on
 * a small pool of worker threads (each with its own {@link ArticleConverter}) and written by the
 * calling thread alone, in input order, so the store's content does not depend on the number of
 * threads. A changed article replaces its own named graph. Several articles are written per
 * transaction; if such a batch fails it is aborted and its articles are written one per
 * transaction, so a failing article never leaves partial triples. At the end, in one write
 * transaction, the ontology graph is refreshed and {@link PreferredNames#refresh} runs.
 *
 * <p>Not thread-safe: one build at a time per instance.
 */
public final class StoreBuilder {
    /** Default articles per write transaction. */
    public static final int DEFAULT_BATCH = 16;

    private final ParleyStore store;
    private final Supplier<ArticleConverter> converters;
    private final int threads;
    private final int batchSize;

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

    private record Converted(Article article, String hash, ArticleGraph graph, Problem problem) {
    }

    /**
     * Builds the articles.
     *
     * @param articles articles in a deterministic order
     * @param progress progress receiver
     * @return counts, store size and the problems met
     */
    public BuildSummary build(List<Article> articles, BuildProgress progress) {
        long start = System.nanoTime();
        Map<String, String> stored = store.contentHashes();
        List<Article> todo = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        int skipped = 0;
        for (Article a : articles) {
            String h = ContentHash.of(a);
            if (h.equals(stored.get(org.parley.rdf.Iris.article(a.id())))) {
                skipped++;
            } else {
                todo.add(a);
                hashes.add(h);
            }
        }
        int total = articles.size();
        AtomicInteger done = new AtomicInteger(skipped);
        progress.update(done.get(), total);
        List<Problem> problems = new ArrayList<>();
        int built = 0;
        int failed = 0;
        ThreadLocal<ArticleConverter> local = ThreadLocal.withInitial(converters);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-convert");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Converted>> pending = new ArrayDeque<>();
            List<Converted> batch = new ArrayList<>();
            int next = 0;
            int window = threads * 4;
            while (next < todo.size() || !pending.isEmpty()) {
                while (next < todo.size() && pending.size() < window) {
                    Article a = todo.get(next);
                    String h = hashes.get(next);
                    pending.add(pool.submit(() -> convert(local.get(), a, h)));
                    next++;
                }
                Converted c = await(pending.removeFirst());
                if (c.problem != null) {
                    problems.add(c.problem);
                    failed++;
                    progress.update(done.incrementAndGet(), total);
                    continue;
                }
                batch.add(c);
                if (batch.size() >= batchSize) {
                    int ok = write(batch, problems);
                    built += ok;
                    failed += batch.size() - ok;
                    progress.update(done.addAndGet(batch.size()), total);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                int ok = write(batch, problems);
                built += ok;
                failed += batch.size() - ok;
                progress.update(done.addAndGet(batch.size()), total);
            }
        } finally {
            pool.shutdownNow();
        }
        Dataset ds = store.dataset();
        Txn.executeWrite(ds, () -> {
            store.loadOntology();
            PreferredNames.refresh(ds);
        });
        long triples = store.quadCount();
        Map<String, Long> entities = entitiesByType(ds);
        return new BuildSummary(built, skipped, failed, triples, entities, problems,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static Converted convert(ArticleConverter converter, Article a, String hash) {
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
    private int write(List<Converted> batch, List<Problem> problems) {
        Dataset ds = store.dataset();
        try {
            Txn.executeWrite(ds, () -> batch.forEach(c -> store.replaceGraph(c.graph.name(), c.graph.graph())));
            return batch.size();
        } catch (RuntimeException batchFailure) {
            int ok = 0;
            for (Converted c : batch) {
                try {
                    Txn.executeWrite(ds, () -> store.replaceGraph(c.graph.name(), c.graph.graph()));
                    ok++;
                } catch (RuntimeException e) {
                    problems.add(new Problem(c.article.source(), "cannot write to the store: " + e.getMessage()));
                }
            }
            return ok;
        }
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
