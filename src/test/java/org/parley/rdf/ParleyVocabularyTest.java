package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class ParleyVocabularyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/parley.ttl");

    @Test
    void everyConstantIsDeclaredInTheOntologyWithLabelAndComment() throws IllegalAccessException {
        List<String> checked = new ArrayList<>();
        for (Field f : Parley.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = (Resource) f.get(null);
            Resource inOntology = ONTOLOGY.getResource(term.getURI());
            assertTrue(ONTOLOGY.contains(inOntology, RDF.type), f.getName() + " is not declared in ontology/parley.ttl");
            assertTrue(ONTOLOGY.contains(inOntology, RDFS.label), f.getName() + " has no rdfs:label");
            assertTrue(ONTOLOGY.contains(inOntology, RDFS.comment), f.getName() + " has no rdfs:comment");
            checked.add(f.getName());
        }
        assertFalse(checked.isEmpty());
    }

    @Test
    void everyOntologyTermHasAConstant() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Field f : Parley.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                constants.add(((Resource) f.get(null)).getURI());
            }
        }
        ONTOLOGY.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Parley.NS)) {
                assertTrue(constants.contains(s.getURI()), s.getURI() + " has no constant in Parley");
            }
        });
        assertTrue(ONTOLOGY.contains(ONTOLOGY.getResource(Parley.ONTOLOGY_IRI), RDF.type, OWL.Ontology));
    }
}
