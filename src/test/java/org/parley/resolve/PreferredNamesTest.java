package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.parley.rdf.Parley;

class PreferredNamesTest {
    private static final Node NAME = Parley.NAME.asNode();
    private static final Node ENTITIES = NodeFactory.createURI(Parley.ENTITIES_GRAPH);

    private static Node uri(String s) {
        return NodeFactory.createURI("https://example.org/" + s);
    }

    private static void name(Dataset ds, String graph, String subject, String name) {
        ds.asDatasetGraph().add(Quad.create(uri(graph), uri(subject), NAME, NodeFactory.createLiteralString(name)));
    }

    private static Map<String, String> preferred(Dataset ds) {
        Map<String, String> out = new TreeMap<>();
        ds.asDatasetGraph().find(ENTITIES, Node.ANY, Parley.PREFERRED_NAME.asNode(), Node.ANY)
                .forEachRemaining(q -> out.put(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Test
    void theNameMostGraphsGiveWinsThenTheLongerThenTheGreater() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            name(ds, "g1", "p", "Lavrov");
            name(ds, "g2", "p", "Sergey Lavrov");
            name(ds, "g3", "p", "Sergey Lavrov");
            name(ds, "g1", "q", "Ann");
            name(ds, "g2", "q", "Bob");
            name(ds, "g1", "r", "Kyiv");
            name(ds, "g2", "r", "Kiev");
            PreferredNames.refresh(ds);
            assertEquals(Map.of("https://example.org/p", "Sergey Lavrov", "https://example.org/q", "Bob",
                    "https://example.org/r", "Kyiv"), preferred(ds));
        });
    }

    @Test
    void recomputingTheTouchedResourcesEqualsAFullRecompute() {
        Dataset incremental = DatasetFactory.createTxnMem();
        Dataset full = DatasetFactory.createTxnMem();
        for (Dataset ds : List.of(incremental, full)) {
            Txn.executeWrite(ds, () -> {
                name(ds, "g1", "p", "Lavrov");
                name(ds, "g1", "q", "Kuleba");
                name(ds, "g2", "r", "Geneva");
                PreferredNames.refresh(ds);
            });
        }
        for (Dataset ds : List.of(incremental, full)) {
            Txn.executeWrite(ds, () -> {
                // g1 is replaced: q loses its only name, p gains a longer one in two graphs
                ds.asDatasetGraph().deleteAny(uri("g1"), Node.ANY, Node.ANY, Node.ANY);
                name(ds, "g1", "p", "Sergey Lavrov");
                name(ds, "g3", "p", "Sergey Lavrov");
                name(ds, "g3", "s", "Antalya");
            });
        }
        Txn.executeWrite(incremental, () -> PreferredNames.refresh(incremental, Set.of(uri("p"), uri("q"), uri("s"))));
        Txn.executeWrite(full, () -> PreferredNames.refresh(full));
        Map<String, String> expected = Txn.calculateRead(full, () -> preferred(full));
        assertEquals(Map.of("https://example.org/p", "Sergey Lavrov", "https://example.org/r", "Geneva",
                "https://example.org/s", "Antalya"), expected);
        assertEquals(expected, Txn.calculateRead(incremental, () -> preferred(incremental)));
    }
}
