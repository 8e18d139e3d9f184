package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.bench.ScaleCorpus;
import org.parley.rdf.ArticleConverter;

/**
 * The same corpus gives the same dataset whatever the number of threads and whether the bulk
 * loader or transactions write it. Parley's IRIs are deterministic (no blank nodes), so the
 * datasets are compared quad by quad.
 */
class BuildDeterminismTest {
    private static List<Article> corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        ScaleCorpus gen = new ScaleCorpus(7L, 20);
        corpus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ScaleCorpus.Generated g = gen.article(i);
            corpus.add(new Article(g.id(), g.relativeFile(), g.text(),
                    new ArticleMetadata(g.url(), g.published(), g.publisher(), g.title())));
        }
    }

    private static List<Article> fresh() {
        List<Article> out = new ArrayList<>();
        for (Article a : corpus) {
            out.add(new Article(a.id(), a.source(), a.text(), a.metadata()));
        }
        return out;
    }

    private Set<String> build(String name, int threads, boolean bulk, int batch) {
        try (ParleyStore store = ParleyStore.open(dir.resolve(name))) {
            BuildSummary s = new StoreBuilder(store, ArticleConverter::create, threads, batch).bulk(bulk)
                    .build(fresh().iterator(), corpus.size(), BuildProgress.NONE);
            assertEquals(corpus.size(), s.built(), "all articles built: " + s.problems());
            return quads(store);
        }
    }

    static Set<String> quads(ParleyStore store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find()
                .forEachRemaining(q -> out.add(NodeFmtLib.str(q))));
        return out;
    }

    @Test
    void oneThreadAndFourThreadsGiveTheSameDataset() {
        Set<String> one = build("one", 1, true, 16);
        Set<String> four = build("four", 4, true, 16);
        assertTrue(one.size() > 1000, "a non-trivial dataset: " + one.size());
        assertEquals(one, four);
    }

    @Test
    void bulkLoadingAndTransactionalWritingGiveTheSameDataset() {
        Set<String> bulk = build("bulk", 2, true, 16);
        Set<String> txn = build("txn", 3, false, 5);
        assertEquals(bulk, txn);
    }
}
