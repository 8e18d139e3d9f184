package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

class JsonLdContextTest {

    private static JsonObject context() throws Exception {
        try (InputStream in = JsonLdContextTest.class.getResourceAsStream(JsonLdExporter.CONTEXT_RESOURCE)) {
            return Json.createReader(in).readObject().getJsonObject("@context");
        }
    }

    @Test
    void everyOntologyTermHasAShortKeyNamedByItsLocalName() throws Exception {
        JsonObject ctx = context();
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
        Set<String> missing = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Parley.NS)) {
                String local = s.getURI().substring(Parley.NS.length());
                JsonValue v = ctx.get(local);
                String iri = v instanceof JsonString str ? str.getString()
                        : v instanceof JsonObject o ? o.getString("@id") : null;
                if (!("parley:" + local).equals(iri)) {
                    missing.add(local);
                }
            }
        });
        assertTrue(missing.isEmpty(), "ontology/context.jsonld lacks or misnames " + missing);
    }

    @Test
    void everyParleyKeyOfTheContextIsAnOntologyTerm() throws Exception {
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
        for (Map.Entry<String, JsonValue> e : context().entrySet()) {
            String iri = e.getValue() instanceof JsonString s ? s.getString()
                    : e.getValue() instanceof JsonObject o ? o.getString("@id", "") : "";
            if (iri.startsWith("parley:")) {
                assertTrue(ontology.contains(ontology.getResource(Parley.NS + iri.substring(7)), RDF.type), e.getKey());
            }
        }
    }

    @Test
    void roundDatesAreTypedAsXsdDateAndLinksAsIris() throws Exception {
        JsonObject ctx = context();
        assertEquals("xsd:date", ctx.getJsonObject("date").getString("@type"));
        assertEquals("@id", ctx.getJsonObject("heldIn").getString("@type"));
        assertEquals("@id", ctx.getJsonObject("party").getString("@type"));
    }
}
