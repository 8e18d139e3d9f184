package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.PersonMention;

/**
 * A fact that an article states several times gets one evidence node in that article's graph,
 * pointing at its strongest mention (the earliest on a tie).
 */
class EvidencePerFactTest {
    private static final String TEXT = """
            Foreign Minister Sergei Lavrov arrived in Geneva on Monday for talks with Secretary of State \
            Antony Blinken.
            Lavrov told reporters that the talks would be difficult.
            Blinken said the United States was ready to listen, and Lavrov agreed to meet again.
            """;

    @Test
    void repeatedFactHasOneEvidenceAtItsStrongestMention() {
        Article article = new Article("repeated-mentions", "fixtures/repeated-mentions.txt", TEXT, ArticleMetadata.EMPTY);
        Graph g = ArticleConverter.create().convert(article).graph();

        Map<Triple, Node> evidence = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), Parley.EVIDENCE.asNode()).forEachRemaining(t -> {
            Node e = t.getSubject();
            Triple fact = Triple.create(object(g, e, RDF.subject.asNode()), object(g, e, RDF.predicate.asNode()),
                    object(g, e, RDF.object.asNode()));
            assertTrue(g.contains(fact), "evidence for a fact the graph does not state: " + fact);
            Node before = evidence.put(fact, e);
            assertEquals(null, before, "two evidence nodes for " + fact);
        });

        List<PersonMention> lavrov = article.get(Layers.PERSONS).stream()
                .filter(p -> p.name().equals("Sergei Lavrov")).toList();
        assertTrue(lavrov.size() >= 3, "the fixture names Lavrov three times: " + lavrov);
        PersonMention strongest = lavrov.stream()
                .max(Comparator.comparingDouble(PersonMention::confidence)
                        .thenComparing(p -> -p.span().start()))
                .orElseThrow();
        Node person = object(g, evidence.keySet().stream()
                .filter(f -> f.getPredicate().equals(Parley.NAME.asNode())
                        && f.getObject().getLiteralLexicalForm().equals("Sergei Lavrov"))
                .findFirst().map(f -> evidence.get(f)).orElseThrow(), RDF.subject.asNode());
        Node nameEvidence = evidence.get(Triple.create(person, Parley.NAME.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralString("Sergei Lavrov")));
        assertEquals(strongest.span().start(),
                ((Number) object(g, nameEvidence, Parley.START.asNode()).getLiteralValue()).intValue());
    }

    private static Node object(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ts.get(0).getObject();
    }
}
