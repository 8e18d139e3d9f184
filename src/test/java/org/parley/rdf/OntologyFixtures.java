package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleMetadata;
import org.parley.article.LoadResult;
import org.parley.bench.ScaleCorpus;
import org.parley.export.PropertyGraphBuilder;
import org.parley.store.BuildProgress;
import org.parley.store.BuildSummary;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.NTriplesDocumentFormat;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;

/**
 * Builds the stores the ontology tests reason over (the seed articles, and the seeds plus
 * generated articles) and hands their merged graphs to the OWL API.
 */
final class OntologyFixtures {
    private OntologyFixtures() {
    }

    /** @return the seed articles as loaded from {@code seeds/} */
    static List<Article> seeds() {
        LoadResult loaded = new ArticleLoader().load(List.of(Path.of("seeds")));
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        assertEquals(4, loaded.articles().size());
        return loaded.articles();
    }

    /** @return {@code n} articles of the benchmark's generator, from its default seed */
    static List<Article> generated(int n) {
        ScaleCorpus gen = new ScaleCorpus(ScaleCorpus.DEFAULT_SEED, n);
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScaleCorpus.Generated g = gen.article(i);
            out.add(new Article(g.id(), g.relativeFile(), g.text(),
                    new ArticleMetadata(g.url(), g.published(), g.publisher(), g.title())));
        }
        return out;
    }

    /**
     * Builds a store as {@code parley build} does (ontology graph, article graphs, entities graph)
     * and returns the union of its named graphs.
     *
     * @param dir      where the store goes
     * @param articles what to build
     * @return the merged graph, ontology included
     */
    static Graph mergedGraph(Path dir, List<Article> articles) {
        try (ParleyStore store = ParleyStore.open(dir)) {
            BuildSummary s = StoreBuilder.standard(store).build(articles, BuildProgress.NONE);
            assertEquals(articles.size(), s.built(), "all articles built: " + s.problems());
            return PropertyGraphBuilder.unionOfNamedGraphs(store.dataset());
        }
    }

    /** @return a copy of a graph */
    static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    /**
     * Hands a Jena graph to a fresh OWL API manager, through N-Triples.
     *
     * @param g the graph
     * @return the ontology the OWL API reads from it
     */
    static OWLOntology owl(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, Lang.NTRIPLES);
        try (ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray())) {
            return OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StreamDocumentSource(in,
                    IRI.create("urn:parley:test:merged"), new NTriplesDocumentFormat(), "application/n-triples"));
        } catch (OWLOntologyCreationException e) {
            throw new IllegalStateException("the OWL API cannot read the graph: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
