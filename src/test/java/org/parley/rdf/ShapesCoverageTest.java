package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;
import org.parley.store.StoreValidator;

/**
 * The SHACL shapes cover what Parley writes: every property of the vocabulary and every predicate
 * in a store built from the seeds and generated articles has a property shape; and that store
 * conforms to the shapes, as {@code parley validate} checks.
 */
class ShapesCoverageTest {
    private static final Node SH_PATH = NodeFactory.createURI("http://www.w3.org/ns/shacl#path");

    @TempDir
    static Path dir;
    private static Set<String> written;
    private static StoreValidator.Result validation;

    @BeforeAll
    static void build() {
        List<Article> articles = new ArrayList<>(OntologyFixtures.seeds());
        articles.addAll(OntologyFixtures.generated(200));
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            StoreBuilder.standard(store).build(articles, BuildProgress.NONE);
            written = predicatesOutsideTheOntologyGraph(store.dataset());
            validation = StoreValidator.validate(store.dataset(), StoreValidator.shapes());
        }
    }

    private static Set<String> predicatesOutsideTheOntologyGraph(Dataset ds) {
        Node ontology = NodeFactory.createURI(Parley.ONTOLOGY_GRAPH);
        Set<String> out = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (!q.getGraph().equals(ontology)) {
                out.add(q.getPredicate().getURI());
            }
        }));
        return out;
    }

    private static Set<String> shapePaths() {
        Set<String> out = new TreeSet<>();
        Graph shapes = StoreValidator.shapes();
        shapes.find(Node.ANY, SH_PATH, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                out.add(t.getObject().getURI());
            }
        });
        return out;
    }

    @Test
    void everyPropertyOfTheVocabularyHasAShape() throws IllegalAccessException {
        Set<String> paths = shapePaths();
        List<String> uncovered = new ArrayList<>();
        for (Field f : Parley.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Property.class.isAssignableFrom(f.getType())) {
                String iri = ((Property) f.get(null)).getURI();
                if (!paths.contains(iri)) {
                    uncovered.add(iri);
                }
            }
        }
        assertEquals(List.of(), uncovered);
    }

    @Test
    void everyPredicateInABuiltStoreHasAShape() {
        Set<String> uncovered = new TreeSet<>(written);
        uncovered.removeAll(shapePaths());
        uncovered.remove(RDF.type.getURI());
        assertEquals(Set.of(), uncovered);
        assertTrue(written.contains(Parley.PREFERRED_DATE.getURI()) && written.contains(Parley.PUBLISHER.getURI()),
                written.toString());
    }

    @Test
    void theSeedsAndGeneratedArticlesConformToTheShapes() {
        assertEquals(List.of(), validation.violations());
        assertTrue(validation.conforms());
    }
}
