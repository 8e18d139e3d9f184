package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.article.Problem;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.store.BuildSummary;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import org.parley.store.StoreBuilder;

/**
 * Loads articles and builds them into a store, printing problems once each and the summary;
 * shared by {@code parley build} and {@code parley serve}. Articles not in English and copies of
 * one story are skipped ({@link ArticleLoader#screening()}); the summary counts the records read
 * and what became of them ({@link BuildReport}). Stateless.
 */
final class StoreBuild {
    private StoreBuild() {
    }

    /**
     * Above this size on disk before a build, the summary leaves out the store's triple and entity
     * counts (they walk every quad: seconds to a minute at 100,000 articles, for a build that may
     * add one article); a build into an empty or small store still shows them.
     */
    static final long COUNT_LIMIT_BYTES = 1L << 30;

    /**
     * @param paths    inputs
     * @param store    the open store
     * @param maxBytes size limit of one article
     * @param threads  worker threads
     * @param out      where the summary goes
     * @param err      where problems and progress go
     * @return true when there were no problems
     */
    static boolean run(List<Path> paths, ParleyStore store, long maxBytes, int threads, PrintWriter out, PrintWriter err) {
        return run(paths, store, maxBytes, threads, COUNT_LIMIT_BYTES, out, err);
    }

    /**
     * @param paths      inputs
     * @param store      the open store
     * @param maxBytes   size limit of one article
     * @param threads    worker threads
     * @param countLimit the summary counts the store's triples and entities when the store takes at
     *                   most this many bytes on disk before the build
     * @param out        where the summary goes
     * @param err        where problems and progress go
     * @return true when there were no problems
     */
    static boolean run(List<Path> paths, ParleyStore store, long maxBytes, int threads, long countLimit,
                       PrintWriter out, PrintWriter err) {
        return run(paths, store, maxBytes, threads, countLimit, (Path) null, out, err);
    }

    /**
     * @param paths      inputs
     * @param store      the open store
     * @param maxBytes   size limit of one article
     * @param threads    worker threads
     * @param countLimit the summary counts the store's triples and entities when the store takes at
     *                   most this many bytes on disk before the build
     * @param reportFile where to list what became of each input record, or null
     * @param out        where the summary goes
     * @param err        where problems and progress go
     * @return true when there were no problems
     */
    static boolean run(List<Path> paths, ParleyStore store, long maxBytes, int threads, long countLimit,
                       Path reportFile, PrintWriter out, PrintWriter err) {
        try (BuildReport report = new BuildReport(reportFile)) {
            return build(paths, store, maxBytes, threads, countLimit, report, out, err);
        }
    }

    private static boolean build(List<Path> paths, ParleyStore store, long maxBytes, int threads, long countLimit,
                                 BuildReport report, PrintWriter out, PrintWriter err) {
        boolean counts = store.sizeOnDisk() <= countLimit;
        ProgressBar bar = new ProgressBar(err, ProgressBar.interactive());
        BuildSummary summary;
        List<Problem> problems = new ArrayList<>();
        int rejected;
        String inputs;
        ArticleLoader loader = new ArticleLoader(maxBytes).screening().onSkip(report::skipped);
        try (ArticleStream articles = loader.stream(paths)) {
            Counted counted = new Counted(articles, report);
            try {
                summary = new StoreBuilder(store, () -> reporting(report), threads, StoreBuilder.DEFAULT_BATCH)
                        .statistics(counts).build(counted, articles.expected(), bar);
            } catch (RuntimeException | InternalError e) {
                if (isDiskFull(e)) {
                    throw new StoreException("store " + store.directory() + ": the disk is full (" + reason(e) + "); the"
                            + " unfinished transaction was not committed, so the store keeps every article built before."
                            + " Free some space and run the build again.", e);
                }
                throw e;
            } finally {
                bar.finish();
            }
            problems.addAll(articles.problems());
            rejected = articles.rejected();
            report.unreadable(articles.problems());
            inputs = report.format(articles, counted.count);
        }
        problems.addAll(summary.problems());
        for (Problem p : problems) {
            err.println("parley: " + p);
        }
        err.flush();
        BuildSummary shown = new BuildSummary(summary.built(), summary.skipped(),
                summary.failed() + rejected, summary.triples(), summary.entitiesByType(),
                problems, summary.elapsed());
        out.print("store " + store.directory() + System.lineSeparator() + inputs + shown.format());
        out.flush();
        return problems.isEmpty();
    }

    /** @return a converter that tells the report of articles that report no negotiation */
    private static ArticleConverter reporting(BuildReport report) {
        ArticleConverter c = ArticleConverter.create();
        return a -> {
            ArticleGraph g = c.convert(a);
            report.converted(a);
            return g;
        };
    }

    /** The articles of a stream, each told to the report as it is handed to the builder. */
    private static final class Counted implements Iterator<Article> {
        private final ArticleStream articles;
        private final BuildReport report;
        private int count;

        Counted(ArticleStream articles, BuildReport report) {
            this.articles = articles;
            this.report = report;
        }

        @Override
        public boolean hasNext() {
            return articles.hasNext();
        }

        @Override
        public Article next() {
            Article a = articles.next();
            count++;
            report.article(a);
            return a;
        }
    }

    /**
     * @param e a failure while writing the store
     * @return true when it says the file system is full: an I/O error "No space left on device"
     *         or "Disk quota exceeded", or the JVM's fault on a memory-mapped store file that could
     *         not be extended (SIGBUS, reported as an {@link InternalError})
     */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof InternalError && m.contains("unsafe memory access")) {
                return true;
            }
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return m;
            }
        }
        return "a store file could not be extended";
    }

    /** @return default number of conversion threads: cores, at most 4 */
    static int defaultThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }
}
