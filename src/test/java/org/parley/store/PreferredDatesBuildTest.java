package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.SyntheticArticles;
import org.parley.rdf.Parley;
import org.parley.resolve.PreferredDates;

/** Builds keep every round's preferred date equal to a full recompute, also when articles change. */
class PreferredDatesBuildTest {
    private static Map<String, String> preferred(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find(NodeFactory.createURI(Parley.ENTITIES_GRAPH), Node.ANY,
                        Parley.PREFERRED_DATE.asNode(), Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm())));
        return out;
    }

    @Test
    void changedArticlesLeaveTheSamePreferredDatesAsAFullRecompute(@TempDir Path dir) throws Exception {
        Path v1 = dir.resolve("v1");
        Path v2 = dir.resolve("v2");
        SyntheticArticles.write(v1, 6, 1);
        SyntheticArticles.write(v2, 3, 2);
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            StoreBuilder builder = StoreBuilder.standard(store).statistics(false);
            builder.build(new ArticleLoader().load(List.of(v1)).articles(), BuildProgress.NONE);
            Map<String, String> afterBulk = preferred(store.dataset());
            assertFalse(afterBulk.isEmpty(), "the synthetic articles date their rounds");
            builder.build(new ArticleLoader().load(List.of(v2)).articles(), BuildProgress.NONE);
            Map<String, String> incremental = preferred(store.dataset());
            Txn.executeWrite(store.dataset(), () -> PreferredDates.refresh(store.dataset()));
            assertEquals(preferred(store.dataset()), incremental);
        }
    }
}
