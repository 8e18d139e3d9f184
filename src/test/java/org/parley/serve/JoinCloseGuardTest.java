package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.SyntheticArticles;
import org.parley.rdf.Parley;
import org.parley.store.BuildProgress;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * The saved rounds query on a store whose articles are written but whose preferred names are not
 * (the moment between a build's article transactions and its final one, seen by readers of a
 * served store): Jena's own executor fails closing an unstarted hash join, the guarded one answers.
 */
class JoinCloseGuardTest {
    /**
     * A query shaped like {@code rounds.rq} before the best-supported date was derived at build
     * time: its date subquery joins grouped subselects, the shape that meets the defect.
     */
    private static final String ROUNDS_WITH_DATE_SUBQUERY = """
            # Which negotiation rounds took place (or were announced): when, where, mediated by whom, with what outcome?
            # Columns: round (IRI), label, ordinal (number in its series), date (xsd:date; where sources disagree the
            #          best-supported one, see conflicts.rq), place (most specific place), city, country,
            #          mediator (mediating states, organizations and people, "; "-separated), outcome ("; "-separated).
            PREFIX parley: <https://w3id.org/parley/ontology#>
            PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX geo:    <http://www.w3.org/2003/01/geo/wgs84_pos#>

            SELECT ?round ?label (MIN(?ord) AS ?ordinal) ?date
                   (GROUP_CONCAT(DISTINCT ?placeName; separator="; ") AS ?place)
                   (GROUP_CONCAT(DISTINCT ?cityName; separator="; ") AS ?city)
                   (GROUP_CONCAT(DISTINCT ?countryName; separator="; ") AS ?country)
                   (GROUP_CONCAT(DISTINCT ?mediatorName; separator="; ") AS ?mediator)
                   (GROUP_CONCAT(DISTINCT ?outcomeText; separator="; ") AS ?outcome)
            WHERE {
              ?round a parley:NegotiationRound ;
                     parley:preferredName ?label .
              OPTIONAL { ?round parley:ordinal ?ord }
              OPTIONAL {
                # the date the sources support most strongly (sum of confidences); earliest on a tie
                { SELECT ?round (MIN(?d) AS ?date) WHERE {
                    { SELECT ?round ?d (SUM(?c) AS ?support) WHERE {
                        ?e rdf:subject ?round ; rdf:predicate parley:date ; rdf:object ?d ; parley:confidence ?c .
                      } GROUP BY ?round ?d }
                    { SELECT ?round (MAX(?s) AS ?top) WHERE {
                        { SELECT ?round ?d2 (SUM(?c2) AS ?s) WHERE {
                            ?e2 rdf:subject ?round ; rdf:predicate parley:date ; rdf:object ?d2 ; parley:confidence ?c2 .
                          } GROUP BY ?round ?d2 }
                      } GROUP BY ?round }
                    FILTER(?support = ?top)
                  } GROUP BY ?round }
              }
              OPTIONAL {
                ?round parley:heldIn ?p .
                # the most specific place: leave out a place that holds another place of the same round
                FILTER NOT EXISTS { ?round parley:heldIn ?inner . ?inner parley:locatedIn+ ?p }
                ?p parley:preferredName ?placeName .
                OPTIONAL { ?p parley:locatedIn* ?town . ?town a parley:City ; parley:preferredName ?cityName }
                OPTIONAL { ?p parley:locatedIn* ?c . ?c a parley:Country ; parley:preferredName ?countryName }
              }
              OPTIONAL { ?round parley:mediator ?m . ?m parley:preferredName ?mediatorName }
              OPTIONAL { ?round parley:outcome ?outcomeText }
            }
            GROUP BY ?round ?label ?date
            ORDER BY ?date ?label
            """;

    @Test
    void roundsQueryAnswersWhilePreferredNamesAreMissing(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles");
        SyntheticArticles.write(articles, 4, 1);
        String rounds = ROUNDS_WITH_DATE_SUBQUERY;
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            StoreBuilder.standard(store).build(new ArticleLoader().load(java.util.List.of(articles)).articles(),
                    BuildProgress.NONE);
            Dataset ds = store.dataset();
            Txn.executeWrite(ds, () -> ds.asDatasetGraph().deleteAny(NodeFactory.createURI(Parley.ENTITIES_GRAPH),
                    null, null, null));
            Context cx = ds.getContext();
            QC.setFactory(cx, OpExecutorTDB2.OpExecFactoryTDB);
            NullPointerException defect = assertThrows(NullPointerException.class, () -> count(ds, rounds));
            assertTrue(JoinCloseGuard.isUnstartedHashJoinClose(defect), "the known Jena defect");
            JoinCloseGuard.install(cx);
            assertEquals(0, count(ds, rounds), "no round has a preferred name yet");
        }
    }

    private static int count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                int[] n = {0};
                qe.execSelect().forEachRemaining(s -> n[0]++);
                return n[0];
            }
        });
    }
}
