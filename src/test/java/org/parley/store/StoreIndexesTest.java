package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.rdf.ArticleConverter;

/**
 * A store Parley creates keeps four quad indexes; a TDB2 store made elsewhere keeps its six; the
 * bulk loader fills whichever indexes the store has, and queries inside and outside GRAPH agree.
 */
class StoreIndexesTest {
    private static final String TEXT = """
            Foreign Minister Sergei Lavrov met Secretary of State Antony Blinken in Geneva on Monday.
            The talks lasted two hours, Lavrov said.
            """;
    private static final String IN_GRAPH = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?p a parley:Person ; parley:name ?name } }""";
    private static final String UNION = """
            PREFIX parley: <https://w3id.org/parley/ontology#>
            SELECT (COUNT(*) AS ?n) WHERE { ?p a parley:Person ; parley:name ?name }""";

    @TempDir
    Path dir;

    private static long count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static void build(ParleyStore store) {
        Article a = new Article("indexes", "fixtures/indexes.txt", TEXT, ArticleMetadata.EMPTY);
        BuildSummary s = new StoreBuilder(store, ArticleConverter::create, 1, 16)
                .build(List.of(a).iterator(), 1, BuildProgress.NONE);
        assertEquals(1, s.built(), "built: " + s.problems());
    }

    @Test
    void parleyStoreHasFourQuadIndexesAndKeepsThemWhenReopened() {
        Path path = dir.resolve("parley");
        try (ParleyStore store = ParleyStore.open(path)) {
            assertEquals(ParleyStore.QUAD_INDEXES, store.quadIndexes());
            build(store);
            assertEquals(2, count(store.dataset(), IN_GRAPH));
            assertEquals(2, count(store.dataset(), UNION));
        }
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(path.toString()));
        try (ParleyStore store = ParleyStore.open(path)) {
            assertEquals(ParleyStore.QUAD_INDEXES, store.quadIndexes());
            assertEquals(2, count(store.dataset(), IN_GRAPH));
        }
    }

    @Test
    void storeMadeWithTdb2DefaultsKeepsSixIndexesAndBulkLoadsIntoAll() {
        Path path = dir.resolve("tdb2");
        DatasetGraph made = DatabaseMgr.connectDatasetGraph(path.toString());
        TDBInternal.expel(made);
        try (ParleyStore store = ParleyStore.open(path)) {
            assertEquals("GSPO", store.quadIndexes().get(0));
            assertEquals(Set.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG"), Set.copyOf(store.quadIndexes()));
            build(store);
            assertEquals(2, count(store.dataset(), IN_GRAPH));
            assertEquals(2, count(store.dataset(), UNION));
        }
    }
}
