package org.parley.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;

/**
 * Writes an article's metadata and sentences as RDF. Not thread-safe.
 */
final class ArticleRdfWriter implements ArticleConverter {
    private final Pipeline pipeline = new Pipeline(List.of(new SentenceStage()));

    @Override
    public ArticleGraph convert(Article article) {
        pipeline.process(article);
        Graph g = GraphFactory.createDefaultGraph();
        Node a = NodeFactory.createURI(Iris.article(article.id()));
        g.add(Triple.create(a, RDF.type.asNode(), Parley.ARTICLE.asNode()));
        g.add(Triple.create(a, Parley.SOURCE_FILE.asNode(), NodeFactory.createLiteralString(article.source())));
        ArticleMetadata m = article.metadata();
        if (m.published() != null) {
            g.add(Triple.create(a, Parley.PUBLISHED.asNode(),
                    NodeFactory.createLiteralDT(m.published().toString(), XSDDatatype.XSDdate)));
        }
        for (Sentence s : article.get(Layers.SENTENCES)) {
            Node sn = NodeFactory.createURI(Iris.article(article.id()) + "#s" + s.index());
            g.add(Triple.create(sn, RDF.type.asNode(), Parley.SENTENCE_CLASS.asNode()));
            g.add(Triple.create(sn, Parley.TEXT.asNode(), NodeFactory.createLiteralString(article.text(s.span()))));
            g.add(Triple.create(sn, Parley.IN_ARTICLE.asNode(), a));
        }
        return new ArticleGraph(article.id(), a, g);
    }
}
