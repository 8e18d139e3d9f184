package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;

/**
 * Every property the ontology declares functional has at most one value per subject in the merged
 * graph of a built store (all named graphs: articles, entities, ontology), for the seeds alone and
 * for the seeds plus 1,000 generated articles; and the properties that carry kept conflicts
 * ({@code parley:date}, {@code parley:status}) are not declared functional.
 */
class FunctionalValuesTest {
    private static final int GENERATED = 1000;

    @TempDir
    static Path dir;
    private static Graph seeds;
    private static Graph seedsAndGenerated;
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/parley.ttl");

    @BeforeAll
    static void build() {
        seeds = OntologyFixtures.mergedGraph(dir.resolve("seeds"), OntologyFixtures.seeds());
        List<Article> all = new ArrayList<>(OntologyFixtures.seeds());
        all.addAll(OntologyFixtures.generated(GENERATED));
        seedsAndGenerated = OntologyFixtures.mergedGraph(dir.resolve("all"), all);
    }

    private static Set<String> functional() {
        Set<String> out = new TreeSet<>();
        ONTOLOGY.listSubjectsWithProperty(RDF.type, OWL.FunctionalProperty)
                .forEachRemaining(p -> out.add(p.getURI()));
        return out;
    }

    /** @return "subject property: values" for every subject with two or more values */
    private static List<String> twoValues(Graph g, String property) {
        String q = "SELECT ?s (GROUP_CONCAT(DISTINCT STR(?o); SEPARATOR=' | ') AS ?values) "
                + "WHERE { ?s <" + property + "> ?o } GROUP BY ?s HAVING (COUNT(DISTINCT ?o) > 1) LIMIT 5";
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> out.add(r.get("s") + " " + property + ": " + r.get("values")));
        }
        return out;
    }

    private static void noFunctionalPropertyHasTwoValues(Graph g) {
        List<String> clashes = new ArrayList<>();
        for (String p : functional()) {
            clashes.addAll(twoValues(g, p));
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void theFunctionalPropertiesAreTheOnesThatHaveOneValue() {
        Set<String> f = functional();
        assertTrue(f.contains(Parley.PREFERRED_DATE.getURI()), f.toString());
        assertTrue(f.contains(Parley.PREFERRED_NAME.getURI()), f.toString());
        assertTrue(!f.contains(Parley.DATE.getURI()) && !f.contains(Parley.STATUS.getURI()), f.toString());
    }

    @Test
    void noFunctionalPropertyHasTwoValuesInTheSeeds() {
        noFunctionalPropertyHasTwoValues(seeds);
    }

    @Test
    void noFunctionalPropertyHasTwoValuesInTheSeedsAndAThousandGeneratedArticles() {
        noFunctionalPropertyHasTwoValues(seedsAndGenerated);
    }

    @Test
    void theSeedsKeepTwoClaimedDatesForTheFirstRound() {
        assertEquals(1, twoValues(seeds, Parley.DATE.getURI()).size(), "the kept conflict of the first round");
    }
}
