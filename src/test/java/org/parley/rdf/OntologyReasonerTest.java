package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * HermiT over the ontology plus the seeds' merged graph (every named graph of a built store, the
 * ontology graph and the entities graph included): the data does not contradict the ontology.
 */
class OntologyReasonerTest {
    @TempDir
    static Path dir;
    private static Graph seeds;

    @BeforeAll
    static void build() {
        seeds = OntologyFixtures.mergedGraph(dir.resolve("seeds"), OntologyFixtures.seeds());
    }

    /** HermiT as docs/ontology.md runs it: xsd:date is outside OWL 2's datatype map. */
    private static boolean consistent(Graph g) {
        OWLOntology o = OntologyFixtures.owl(g);
        Configuration c = new Configuration();
        c.ignoreUnsupportedDatatypes = true;
        Reasoner r = new Reasoner(c, o);
        try {
            return r.isConsistent();
        } finally {
            r.dispose();
        }
    }

    /**
     * The graph with every xsd:date (literals and the datatype's IRI in ranges) turned into the
     * xsd:dateTime at midnight, a datatype HermiT supports, so that it reasons over the dates too.
     */
    private static Graph datesAsDateTimes(Graph g) {
        Graph out = OntologyFixtures.copy(g);
        Node date = NodeFactory.createURI(XSDDatatype.XSDdate.getURI());
        Node dateTime = NodeFactory.createURI(XSDDatatype.XSDdateTime.getURI());
        g.find().forEachRemaining(t -> {
            Node o = t.getObject();
            Node replaced = o.equals(date) ? dateTime
                    : o.isLiteral() && XSDDatatype.XSDdate.equals(o.getLiteralDatatype())
                    ? NodeFactory.createLiteralDT(o.getLiteralLexicalForm() + "T00:00:00", XSDDatatype.XSDdateTime)
                    : null;
            if (replaced != null) {
                out.delete(t);
                out.add(Triple.create(t.getSubject(), t.getPredicate(), replaced));
            }
        });
        return out;
    }

    private static Graph withFunctional(Graph g, org.apache.jena.rdf.model.Property p) {
        Graph out = OntologyFixtures.copy(g);
        out.add(Triple.create(p.asNode(), RDF.type.asNode(), OWL.FunctionalProperty.asNode()));
        return out;
    }

    @Test
    void theOntologyPlusTheSeedsIsConsistent() {
        assertTrue(consistent(seeds));
    }

    @Test
    void withDatesTheReasonerSupportsTheSeedsStayConsistent() {
        assertTrue(consistent(datesAsDateTimes(seeds)));
    }

    @Test
    void aFunctionalClaimedDateWouldContradictTheSeedsKeptConflict() {
        // the first round's two sources claim 2022-02-27 and 2022-02-28: the check sees the data
        assertFalse(consistent(withFunctional(datesAsDateTimes(seeds), Parley.DATE)));
    }

    @Test
    void aFunctionalNameWouldContradictThePeopleSpelledSeveralWays() {
        assertFalse(consistent(withFunctional(seeds, Parley.NAME)));
    }
}
