package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;
import org.parley.rdf.Parley;

class StoreBuilderTest {
    @TempDir
    Path dir;

    private static Article article(String id, String text) {
        return new Article(id, "fixtures/" + id + ".txt", text, ArticleMetadata.EMPTY);
    }

    private static List<Article> articles() {
        return List.of(
                article("a1", "Foreign ministers met in Antalya on Thursday. They agreed to meet again."),
                article("a2", "Delegations gathered near the border. The second round ended without a deal."),
                article("a3", "Mediators said talks would resume next week. No date was set."));
    }

    private static BuildSummary build(ParleyStore store, List<Article> articles, int threads) {
        return new StoreBuilder(store, ArticleConverter::create, threads, 2).build(articles, BuildProgress.NONE);
    }

    private static long count(ParleyStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void rebuildingTheSameInputSkipsEveryArticleAndKeepsTheTripleCount() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            BuildSummary first = build(store, articles(), 2);
            assertEquals(3, first.built());
            assertEquals(0, first.skipped());
            assertTrue(first.triples() > 0);
            BuildSummary second = build(store, articles(), 2);
            assertEquals(0, second.built());
            assertEquals(3, second.skipped());
            assertEquals(first.triples(), second.triples());
            assertEquals(3L, first.entitiesByType().get("Article"));
        }
    }

    @Test
    void eachArticleHasItsOwnNamedGraphWithItsContentHash() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            build(store, articles(), 1);
            assertEquals(3, store.contentHashes().size());
            String iri = Iris.article("a2");
            assertEquals(ContentHash.of(articles().get(1)), store.contentHashes().get(iri));
            assertTrue(store.graphSize(iri) > 0);
            assertTrue(store.graphSize(Parley.ONTOLOGY_GRAPH) > 0);
            assertEquals(0, Txn.calculateRead(store.dataset(),
                    () -> store.dataset().asDatasetGraph().getDefaultGraph().size()));
        }
    }

    @Test
    void changedArticleReplacesOnlyItsOwnGraph() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            build(store, articles(), 2);
            long a1Before = store.graphSize(Iris.article("a1"));
            List<Article> changed = new ArrayList<>(articles());
            changed.set(2, article("a3", "Only one sentence now."));
            BuildSummary s = build(store, changed, 2);
            assertEquals(1, s.built());
            assertEquals(2, s.skipped());
            assertEquals(a1Before, store.graphSize(Iris.article("a1")));
            String headline = "SELECT (COUNT(?h) AS ?n) WHERE { GRAPH <" + Iris.article("a3") + "> { ?a <"
                    + Parley.HEADLINE.getURI() + "> ?h FILTER(?h = \"Only one sentence now.\") } }";
            assertEquals(1, count(store, headline));
            assertEquals(ContentHash.of(changed.get(2)), store.contentHashes().get(Iris.article("a3")));
        }
    }

    @Test
    void metadataChangeAlsoChangesTheHash() {
        Article plain = article("m", "Text.");
        Article dated = new Article("m", "fixtures/m.txt", "Text.",
                new ArticleMetadata(null, java.time.LocalDate.of(2022, 3, 1), null, null));
        assertFalse(ContentHash.of(plain).equals(ContentHash.of(dated)));
        assertEquals(ContentHash.of(plain), ContentHash.of(article("m", "Text.")));
    }

    @Test
    void aMovedArticleIsBuiltAgainSoItsStoredSourceFileFollows() {
        Article here = new Article("m", "seeds/m.txt", "Text.", null);
        Article moved = new Article("m", "inbox/m.txt", "Text.", null);
        assertFalse(ContentHash.of(here).equals(ContentHash.of(moved)));
    }

    @Test
    void storeContentDoesNotDependOnTheNumberOfThreads() {
        DatasetGraph one = copy(dir.resolve("one"), 1);
        DatasetGraph three = copy(dir.resolve("three"), 3);
        assertTrue(IsoMatcher.isomorphic(one, three));
    }

    private DatasetGraph copy(Path storeDir, int threads) {
        try (ParleyStore store = ParleyStore.open(storeDir)) {
            build(store, articles(), threads);
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    @Test
    void queriesWithoutGraphSeeTheUnionOfNamedGraphs() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            build(store, articles(), 2);
            assertEquals(3, count(store, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <" + Parley.ARTICLE.getURI() + "> }"));
        }
    }

    /** Converts normally but fails on the article whose id is "a2". */
    private static Supplier<ArticleConverter> failingOn(String badId) {
        return () -> {
            ArticleConverter real = ArticleConverter.create();
            return a -> {
                if (a.id().equals(badId)) {
                    throw new IllegalStateException("simulated extractor crash");
                }
                return real.convert(a);
            };
        };
    }

    @Test
    void failedArticleLeavesNoTriplesAndOthersAreBuilt() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            BuildSummary s = new StoreBuilder(store, failingOn("a2"), 2, 8).build(articles(), BuildProgress.NONE);
            assertEquals(2, s.built());
            assertEquals(1, s.failed());
            assertEquals(1, s.problems().size());
            assertEquals("fixtures/a2.txt", s.problems().get(0).place());
            assertTrue(s.problems().get(0).message().contains("simulated extractor crash"));
            assertEquals(0, store.graphSize(Iris.article("a2")));
            assertTrue(store.graphSize(Iris.article("a3")) > 0);
            BuildSummary retry = build(store, articles(), 2);
            assertEquals(1, retry.built());
            assertEquals(2, retry.skipped());
        }
    }

    @Test
    void progressReachesTheTotal() {
        AtomicInteger last = new AtomicInteger();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            new StoreBuilder(store, ArticleConverter::create, 2, 1).build(articles(), (done, total) -> {
                assertTrue(done >= last.get() && done <= total);
                last.set(done);
            });
        }
        assertEquals(3, last.get());
    }

    @Test
    void timingsReceiveThePhasesAndTheWorkersConversionCpu() {
        List<String> phases = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        long[] conversion = {-1};
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            new StoreBuilder(store, ArticleConverter::create, 2, 1).timings(new BuildTimings() {
                @Override
                public void phase(String phase, long nanos) {
                    phases.add(phase);
                }

                @Override
                public void cpu(String part, long nanos) {
                    parts.add(part);
                    conversion[0] = nanos;
                }
            }).build(articles(), BuildProgress.NONE);
        }
        assertEquals(List.of("index", "convert+write", "preferred-names", "preferred-dates", "statistics"), phases);
        assertEquals(List.of("conversion"), parts);
        assertTrue(conversion[0] > 0, "conversion CPU " + conversion[0]);
    }

    /** Writes parley:name values given as "id|name;name" text, to check preferred names. */
    private static ArticleConverter namesConverter() {
        return a -> {
            Node art = NodeFactory.createURI(Iris.article(a.id()));
            Graph g = GraphFactory.createDefaultGraph();
            g.add(Triple.create(art, RDF.type.asNode(), Parley.ARTICLE.asNode()));
            Node person = NodeFactory.createURI(Iris.of("person", "x"));
            for (String n : a.text().split(";")) {
                g.add(Triple.create(person, Parley.NAME.asNode(), NodeFactory.createLiteralString(n)));
            }
            return new ArticleGraph(a.id(), art, g);
        };
    }

    @Test
    void preferredNameIsTheMostFrequentThenLongest() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            List<Article> in = List.of(article("p1", "Lavrov;Sergey Lavrov"), article("p2", "Lavrov"),
                    article("p3", "Lavrov;S. Lavrov"));
            new StoreBuilder(store, StoreBuilderTest::namesConverter, 1, 4).build(in, BuildProgress.NONE);
            String q = "SELECT ?n WHERE { GRAPH <" + Parley.ENTITIES_GRAPH + "> { <" + Iris.of("person", "x") + "> <"
                    + Parley.PREFERRED_NAME.getURI() + "> ?n } }";
            List<String> names = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("n").getString()));
                }
                return out;
            });
            assertEquals(List.of("Lavrov"), names);
            new StoreBuilder(store, StoreBuilderTest::namesConverter, 1, 4)
                    .build(List.of(article("p2", "Sergey Lavrov"), article("p3", "Sergey Lavrov")), BuildProgress.NONE);
            List<String> after = Txn.calculateRead(store.dataset(), () -> {
                List<String> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                    qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("n").getString()));
                }
                return out;
            });
            assertEquals(List.of("Sergey Lavrov"), after);
        }
    }

    @Test
    void storeUnderARegularFileIsNotWritable() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        StoreException e = assertThrows(StoreException.class, () -> ParleyStore.open(file.resolve("store")));
        assertTrue(e.getMessage().startsWith("store directory " + file.resolve("store") + " is not writable"), e.getMessage());
    }

    @Test
    void existsOnlyForATdb2Directory() throws IOException {
        Path d = Files.createDirectories(dir.resolve("empty"));
        assertFalse(ParleyStore.exists(d));
        try (ParleyStore store = ParleyStore.open(d)) {
            build(store, articles().subList(0, 1), 1);
        }
        assertTrue(ParleyStore.exists(d));
    }
}
