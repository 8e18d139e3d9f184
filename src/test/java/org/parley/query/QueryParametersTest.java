package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

/**
 * User values reach SPARQL only as bound literals: injection attempts through {@code --name}
 * stay data. The real {@code queries/people.rq} is run on a small in-memory dataset whose people
 * are named with the hostile strings themselves.
 */
class QueryParametersTest {
    private static final List<String> HOSTILE = List.of(
            "\"} ; DROP ALL ; #",
            "\\\" ) }",
            "Lavrov\") || true || (\"",
            "x\" } } UNION { ?s ?p ?o } #",
            "'''} DELETE WHERE { ?s ?p ?o } #",
            "line\nbreak } INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
            "?nameFilter",
            "<urn:x:iri>",
            "ünïcødé \u202e reversed",
            "");

    private static SavedQuery people() {
        return SavedQueries.load(Path.of("queries")).find("people").orElseThrow();
    }

    private static Dataset peopleNamed(List<String> names) {
        Dataset ds = DatasetFactory.create();
        Model m = ds.getDefaultModel();
        int i = 0;
        for (String n : names) {
            Resource p = m.createResource(Parley.ID + "person/p" + i++);
            p.addProperty(RDF.type, m.createResource(Parley.NS + "Person"));
            p.addProperty(m.createProperty(Parley.NS + "preferredName"), n);
        }
        return ds;
    }

    private static List<String> names(SavedQuery q, Dataset ds) {
        Query parsed = QueryRunner.parse(q.text(), q.source());
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(parsed).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("name").getLexicalForm()));
        }
        return out;
    }

    @Test
    void nameFilterKeepsMatchingNamesIgnoringCase() {
        Dataset ds = peopleNamed(List.of("Sergei Lavrov", "Antony Blinken", "Wang Yi"));
        assertEquals(List.of("Sergei Lavrov"), names(QueryParameters.bindName(people(), "lavROV"), ds));
        assertEquals(3, names(people(), ds).size(), "unbound, the filter keeps everyone");
    }

    @Test
    void injectionStringsAreMatchedAsPlainTextAndChangeNothingElse() {
        Dataset ds = peopleNamed(HOSTILE);
        Dataset others = peopleNamed(List.of("Sergei Lavrov", "Antony Blinken"));
        for (String hostile : HOSTILE) {
            SavedQuery bound = QueryParameters.bindName(people(), hostile);
            Query parsed = QueryRunner.parse(bound.text(), bound.source());
            assertTrue(parsed.isSelectType(), hostile);
            assertEquals(List.of("person", "name", "role", "country"), parsed.getResultVars(), hostile);
            List<String> found = names(bound, ds);
            assertTrue(found.contains(hostile), hostile + " -> " + found);
            assertTrue(found.stream().allMatch(n -> n.toLowerCase(java.util.Locale.ROOT)
                    .contains(hostile.toLowerCase(java.util.Locale.ROOT))), hostile + " -> " + found);
            if (!hostile.isEmpty()) {
                assertEquals(List.of(), names(bound, others), hostile + " matched people it does not name");
            }
        }
    }

    @Test
    void queriesWithoutTheParameterRefuseANameFilter() {
        SavedQuery q = SavedQuery.of("plain", "SELECT ?s WHERE { ?s ?p ?o }", "plain.rq");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryParameters.bindName(q, "x"));
        assertTrue(e.getMessage().startsWith("plain.rq: this query takes no name filter"), e.getMessage());
    }
}
