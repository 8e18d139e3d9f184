package org.parley.parts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Parley;

/**
 * The rows of the facts table ({@code docs/facts-table.md}): one {@link Fact} per
 * {@code parley:Evidence} node of an article's graph ({@link #of}), and the rows of a part file,
 * read as a stream graph by graph ({@link PartFactReader}). Pure Jena, no Spark. Stateless and thread-safe.
 */
public final class FactRows {
    /** Evidence IRIs end in {@code #eN}: shorter first, then alphabetical, is N's order. */
    private static final Comparator<Node> EVIDENCE_ORDER = Comparator.comparingInt((Node n) -> n.getURI().length())
            .thenComparing(Node::getURI);

    private FactRows() {
    }

    /**
     * The rows of one article's graph, in evidence order ({@code #e0, #e1, …}). Evidence nodes
     * without {@code rdf:subject}, {@code rdf:predicate} or {@code rdf:object} are left out.
     *
     * @param graphName the graph's name, the article's IRI (the {@code article} of evidence nodes
     *                  without {@code parley:inArticle})
     * @param g         the article's graph
     * @return the rows
     */
    public static List<Fact> of(Node graphName, Graph g) {
        List<Node> nodes = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), Parley.EVIDENCE.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                nodes.add(t.getSubject());
            }
        });
        nodes.sort(EVIDENCE_ORDER);
        Map<Node, String> labels = new HashMap<>();
        Map<Node, LocalDate> published = new HashMap<>();
        List<Fact> rows = new ArrayList<>(nodes.size());
        for (Node e : nodes) {
            Node s = one(g, e, RDF.subject.asNode());
            Node p = one(g, e, RDF.predicate.asNode());
            Node o = one(g, e, RDF.object.asNode());
            if (s == null || p == null || o == null) {
                continue;
            }
            Node article = one(g, e, Parley.IN_ARTICLE.asNode());
            article = article != null ? article : graphName;
            Node sentence = one(g, e, Parley.SENTENCE.asNode());
            boolean literal = o.isLiteral();
            rows.add(new Fact(e.getURI(), text(s), labels.computeIfAbsent(s, n -> label(g, n)), text(p), text(o),
                    literal ? Fact.LITERAL : o.isURI() ? Fact.IRI : "blank",
                    literal ? o.getLiteralDatatypeURI() : null,
                    literal && !o.getLiteralLanguage().isEmpty() ? o.getLiteralLanguage() : null,
                    literal ? null : labels.computeIfAbsent(o, n -> label(g, n)),
                    text(article), published.computeIfAbsent(article, a -> date(one(g, a, Parley.PUBLISHED.asNode()))),
                    sentence == null ? null : text(sentence),
                    sentence == null ? null : integer(one(g, sentence, Parley.SENTENCE_INDEX.asNode())),
                    sentence == null ? null : string(one(g, sentence, Parley.TEXT.asNode())),
                    string(one(g, e, Parley.MENTION_TEXT.asNode())),
                    integer(one(g, e, Parley.START.asNode())), integer(one(g, e, Parley.END.asNode())),
                    number(one(g, e, Parley.CONFIDENCE.asNode())), string(one(g, e, Parley.EXTRACTOR.asNode()))));
        }
        return rows;
    }

    /**
     * The label of a resource in one graph: the longest of its {@code parley:name} and
     * {@code rdfs:label} values (the alphabetically first of equally long ones). Not the store's
     * {@code parley:preferredName}, which is chosen across all articles.
     *
     * @param g the article's graph
     * @param n a node
     * @return the label, or null when the node is not an IRI or has no name in the graph
     */
    public static String label(Graph g, Node n) {
        if (!n.isURI()) {
            return null;
        }
        String best = null;
        for (Node p : List.of(Parley.NAME.asNode(), RDFS.label.asNode())) {
            Iterator<Triple> it = g.find(n, p, Node.ANY);
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    String v = o.getLiteralLexicalForm();
                    if (best == null || v.length() > best.length()
                            || v.length() == best.length() && v.compareTo(best) < 0) {
                        best = v;
                    }
                }
            }
        }
        return best;
    }

    /** @return a functional property's value, the least by its text when there are several */
    private static Node one(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        Node best = null;
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (best == null || o.toString().compareTo(best.toString()) < 0) {
                best = o;
            }
        }
        return best;
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
    }

    private static String string(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : null;
    }

    private static Integer integer(Node n) {
        Number x = value(n);
        return x == null ? null : x.intValue();
    }

    private static Double number(Node n) {
        Number x = value(n);
        return x == null ? null : x.doubleValue();
    }

    private static Number value(Node n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            return n.getLiteralValue() instanceof Number x ? x : null;
        } catch (DatatypeFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Node n) {
        if (n == null || !n.isLiteral() || !XSDDatatype.XSDdate.getURI().equals(n.getLiteralDatatypeURI())) {
            return null;
        }
        try {
            return LocalDate.parse(n.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
