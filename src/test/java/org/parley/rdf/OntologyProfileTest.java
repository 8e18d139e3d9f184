package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * The ontology file as OWL tools see it: the OWL API reads it, it is in the OWL 2 DL profile, and
 * the axioms outside OWL 2 DL are in the alignment file instead; docs/ontology.md lists every term.
 */
class OntologyProfileTest {
    private static List<String> violations(String file) throws OWLOntologyCreationException {
        OWLOntologyManager m = OWLManager.createOWLOntologyManager();
        OWLOntology o = m.loadOntologyFromOntologyDocument(new File(file));
        List<String> out = new ArrayList<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(o).getViolations()) {
            out.add(v.getClass().getSimpleName() + ": " + v);
        }
        return out;
    }

    @Test
    void theOntologyIsOwl2Dl() throws OWLOntologyCreationException {
        assertEquals(List.of(), violations("ontology/parley.ttl"));
    }

    @Test
    void theAlignmentFileHoldsWhatOwl2DlCannotSay() throws OWLOntologyCreationException {
        List<String> v = violations("ontology/alignment.ttl");
        assertTrue(v.stream().anyMatch(s -> s.contains("rdf:Statement")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("prefLabel")), v.toString());
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
        assertFalse(ontology.contains(Parley.EVIDENCE, RDFS.subClassOf, RDF.Statement));
        assertFalse(ontology.listObjectsOfProperty(Parley.PREFERRED_NAME, RDFS.subPropertyOf).hasNext());
    }

    @Test
    void everyPropertyHasADomainOrSaysWhyNot() {
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
        List<String> missing = new ArrayList<>();
        List<Resource> properties = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEachRemaining(properties::add);
        ontology.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).forEachRemaining(properties::add);
        for (Resource p : properties) {
            if (!p.getURI().startsWith(Parley.NS) || p.hasProperty(RDFS.domain)) {
                continue;
            }
            String comment = p.hasProperty(RDFS.comment) ? p.getProperty(RDFS.comment).getString() : "";
            if (!comment.contains("No domain: ")) {
                missing.add(p.getURI());
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(properties.size() > 40, "properties read: " + properties.size());
    }

    @Test
    void docsTableListsEveryTermOfTheOntology() throws IOException {
        String docs = Files.readString(Path.of("docs/ontology.md"));
        Model ontology = RDFDataMgr.loadModel("ontology/parley.ttl");
        List<String> missing = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Parley.NS)
                    && !docs.contains("| `parley:" + s.getLocalName() + "` |")) {
                missing.add(s.getLocalName());
            }
        });
        assertEquals(List.of(), missing);
    }
}
