package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.parley.rdf.Parley;
import org.junit.jupiter.api.Test;

class PropertyGraphBuilderTest {

    private static final Dataset STORE = ExportFixtures.store();
    private static final String ID = "https://w3id.org/parley/id/";

    private static PropertyGraph.Node node(PropertyGraph g, String iri) {
        return g.nodes().stream().filter(n -> n.id().equals(iri)).findFirst().orElseThrow();
    }

    @Test
    void nodeTypeIsTheMostSpecificClassAndLabelsAddItsSuperclasses() {
        PropertyGraph g = PropertyGraphBuilder.build(STORE, Projection.ENTITIES);
        assertEquals("City", node(g, ID + "place/antalya").type());
        assertEquals(List.of("City", "Place"), node(g, ID + "place/antalya").labels());
        assertEquals(List.of("Country", "Agent", "Place"), node(g, ID + "country/ru").labels());
        assertEquals("Venue", node(g, ID + "place/belovezhskaya-pushcha").type());
    }

    @Test
    void labelPrefersPreferredNameThenNameThenRdfsLabel() {
        PropertyGraph g = PropertyGraphBuilder.build(STORE, Projection.ENTITIES);
        assertEquals("Sergei Lavrov", node(g, ID + "person/sergei-lavrov").label());
        assertEquals("Vladimir Medinsky", node(g, ID + "person/vladimir-medinsky").label());
        assertEquals("Antalya talks", node(g, ID + "round/antalya-2022-03-10").label());
    }

    @Test
    void attributesKeepEverySpellingAndRoleAndTypedValues() {
        PropertyGraph g = PropertyGraphBuilder.build(STORE, Projection.ENTITIES);
        PropertyGraph.Node lavrov = node(g, ID + "person/sergei-lavrov");
        assertEquals(List.of("Lavrov", "Sergei Lavrov"), lavrov.attributes().get("names"));
        assertEquals(List.of("head of delegation", "presidential aide"),
                node(g, ID + "person/vladimir-medinsky").attributes().get("role"));
        PropertyGraph.Node round = node(g, ID + "round/belarus-2022-03-03");
        assertEquals(List.of("2"), round.attributes().get("ordinal"));
        assertEquals(List.of("2022-03-03"), round.attributes().get("date"));
        assertEquals(List.of("announced"), round.attributes().get("status"));
    }

    @Test
    void dateIsThePreferredDateOfTheSavedQueriesAndTheOtherClaimsAreAConflict() {
        Dataset ds = ExportFixtures.store();
        String round = ID + "round/antalya-2022-03-10";
        Txn.executeWrite(ds, () -> {
            ds.asDatasetGraph().add(Quad.create(NodeFactory.createURI(ID + "article/other"), NodeFactory.createURI(round),
                    Parley.DATE.asNode(), NodeFactory.createLiteralDT("2022-03-09", XSDDatatype.XSDdate)));
            ds.asDatasetGraph().add(Quad.create(NodeFactory.createURI(Parley.ENTITIES_GRAPH), NodeFactory.createURI(round),
                    Parley.PREFERRED_DATE.asNode(), NodeFactory.createLiteralDT("2022-03-10", XSDDatatype.XSDdate)));
        });
        PropertyGraph.Node antalya = node(PropertyGraphBuilder.build(ds, Projection.ENTITIES), round);
        assertEquals(List.of("2022-03-10"), antalya.attributes().get("date"));
        assertEquals(List.of("2022-03-09"), antalya.attributes().get("dateConflict"));
        PropertyGraph.Node agreed = node(PropertyGraphBuilder.build(STORE, Projection.ENTITIES), ID + "round/belarus-2022-03-03");
        assertFalse(agreed.attributes().containsKey("dateConflict"), agreed.toString());
    }

    @Test
    void edgesAreLabelledWithThePredicatesOntologyLabelAndSorted() {
        PropertyGraph g = PropertyGraphBuilder.build(STORE, Projection.ENTITIES);
        assertTrue(g.edges().contains(new PropertyGraph.Edge(ID + "round/antalya-2022-03-10", ID + "place/antalya",
                "held in", "https://w3id.org/parley/ontology#heldIn")));
        assertEquals(g.edges().stream().sorted(Comparator.comparing(PropertyGraph.Edge::source)
                .thenComparing(PropertyGraph.Edge::predicate).thenComparing(PropertyGraph.Edge::target)).toList(), g.edges());
        assertEquals(g.nodes().stream().sorted(Comparator.comparing(PropertyGraph.Node::id)).toList(), g.nodes());
    }

    @Test
    void entitiesProjectionLeavesOutArticlesSentencesAndEvidenceWhichFullKeeps() {
        PropertyGraph entities = PropertyGraphBuilder.build(STORE, Projection.ENTITIES);
        PropertyGraph full = PropertyGraphBuilder.build(STORE, Projection.FULL);
        assertFalse(entities.nodes().stream().anyMatch(n -> n.type().equals("Evidence") || n.type().equals("Article")));
        PropertyGraph.Node evidence = node(full, ID + "evidence/a1-e1");
        assertEquals("Evidence", evidence.type());
        assertEquals(List.of("held in"), evidence.attributes().get("predicate"));
        assertTrue(full.edges().stream().anyMatch(e -> e.source().equals(evidence.id())
                && e.target().equals(ID + "sentence/a1-0") && e.label().equals("sentence")));
        assertEquals(List.of("head of delegation"), node(full, ID + "evidence/a2-e1").attributes().get("object"));
    }

    @Test
    void projectionParsesCommandLineValuesAndNamesTheChoicesOnError() {
        assertEquals(Projection.FULL, Projection.parse("Full"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Projection.parse("all"));
        assertTrue(e.getMessage().contains("entities or full"));
    }
}
