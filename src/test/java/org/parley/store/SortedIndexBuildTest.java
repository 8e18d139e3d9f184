package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.bench.ScaleCorpus;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.Parley;

/**
 * After a bulk build, every secondary quad index that {@link SortedIndexBuild} filled holds exactly
 * the quads of the primary index, in its own order, and answers lookups as the transactional
 * build's indexes do; the temporary runs are gone.
 */
class SortedIndexBuildTest {
    @TempDir
    Path dir;

    private static List<Article> corpus(int n) {
        ScaleCorpus gen = new ScaleCorpus(11L, n);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ScaleCorpus.Generated g = gen.article(i);
            out.add(new Article(g.id(), g.relativeFile(), g.text(),
                    new ArticleMetadata(g.url(), g.published(), g.publisher(), g.title())));
        }
        return out;
    }

    /** Each index's tuples, in the index's order, as the natural (G, S, P, O) tuples they stand for. */
    private static List<Tuple<NodeId>> tuples(TupleIndex index) {
        List<Tuple<NodeId>> out = new ArrayList<>();
        index.all().forEachRemaining(out::add);
        return out;
    }

    @Test
    void secondaryIndexesHoldThePrimarysQuadsInTheirOwnOrder() throws IOException {
        List<Article> articles = corpus(30);
        try (ParleyStore store = ParleyStore.open(dir.resolve("bulk"))) {
            BuildSummary s = new StoreBuilder(store, ArticleConverter::create, 2, 8).indexRunQuads(1000)
                    .build(articles.iterator(), articles.size(), BuildProgress.NONE);
            assertEquals(articles.size(), s.built(), () -> "built: " + s.problems());
            Txn.executeRead(store.dataset(), () -> {
                TupleIndex[] indexes = TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph())
                        .getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
                assertEquals(ParleyStore.QUAD_INDEXES.size(), indexes.length);
                Set<String> primary = new TreeSet<>();
                tuples(indexes[0]).forEach(t -> primary.add(t.toString()));
                assertTrue(primary.size() > 10_000, "several runs of 1,000 quads per index: " + primary.size());
                for (TupleIndex index : indexes) {
                    List<Tuple<NodeId>> all = tuples(index);
                    Set<String> content = new TreeSet<>();
                    all.forEach(t -> content.add(t.toString()));
                    assertEquals(all.size(), content.size(), index.getName() + " has no duplicates");
                    assertEquals(primary, content, index.getName() + " holds the primary's quads");
                }
            });
            try (Stream<Path> left = Files.list(store.directory())) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".index-runs-")).toList(),
                        "temporary runs deleted");
            }
        }
    }

    @Test
    void lookupsThroughEachIndexAnswerAsTheTransactionalBuildDoes() {
        List<Article> articles = corpus(12);
        Set<String> bulk;
        Set<String> txn;
        try (ParleyStore store = ParleyStore.open(dir.resolve("bulk"))) {
            new StoreBuilder(store, ArticleConverter::create, 2, 8).indexRunQuads(500)
                    .build(articles.iterator(), articles.size(), BuildProgress.NONE);
            bulk = lookups(store);
        }
        try (ParleyStore store = ParleyStore.open(dir.resolve("txn"))) {
            new StoreBuilder(store, ArticleConverter::create, 2, 8).bulk(false)
                    .build(corpus(12).iterator(), articles.size(), BuildProgress.NONE);
            txn = lookups(store);
        }
        assertTrue(bulk.size() > 1000, "lookups found quads: " + bulk.size());
        assertEquals(txn, bulk);
    }

    /** Quads found by subject (SPOG), by predicate (POSG) and by object (OSPG) in the union of graphs. */
    private static Set<String> lookups(ParleyStore store) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            Set<Node> subjects = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
            dsg.find(Node.ANY, Node.ANY, Parley.NAME.asNode(), Node.ANY).forEachRemaining(q -> subjects.add(q.getSubject()));
            for (Node s : subjects) {
                dsg.find(Node.ANY, s, Node.ANY, Node.ANY).forEachRemaining(q -> out.add("s " + str(q)));
                dsg.find(Node.ANY, Node.ANY, Node.ANY, s).forEachRemaining(q -> out.add("o " + str(q)));
            }
            dsg.find(Node.ANY, Node.ANY, Parley.CONFIDENCE.asNode(), Node.ANY).forEachRemaining(q -> out.add("p " + str(q)));
        });
        return out;
    }

    private static String str(Quad q) {
        return q.getGraph() + " " + q.getSubject() + " " + q.getPredicate() + " " + q.getObject();
    }

    @Test
    void sortOrdersRecordsAsUnsignedBytes() {
        Random random = new Random(3);
        for (int n : new int[] {0, 1, 2, 17, 18, 1000}) {
            long[] a = new long[n * 4];
            for (int i = 0; i < a.length; i++) {
                int pick = random.nextInt(4);
                a[i] = pick == 0 ? -1L - random.nextInt(3) : pick == 1 ? random.nextInt(3) : random.nextLong();
            }
            long[][] expected = new long[n][];
            for (int i = 0; i < n; i++) {
                expected[i] = Arrays.copyOfRange(a, i * 4, i * 4 + 4);
            }
            Arrays.sort(expected, SortedIndexBuild::compare);
            if (n > 0) {
                SortedIndexBuild.sort(a, 0, n - 1);
            }
            for (int i = 0; i < n; i++) {
                assertArrayEquals(expected[i], Arrays.copyOfRange(a, i * 4, i * 4 + 4), "record " + i + " of " + n);
            }
        }
    }
}
