package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;
import org.parley.rdf.Parley;

/** The people a page names as authors become the article's authors in the graph; a staff credit names nobody. */
class PageAuthorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sidebar-comments.html|Jane Roe",
        "amp.html|Lena Park;Omar Haddad",
        "liveblog.html|Sam Lee",
        "wire.html|"})
    void pageAuthorsAreTheArticlesAuthors(String file, String expected) throws InputException {
        PageContent page = HtmlPage.read(PageDecoder.decode(InputFixtures.bytes("html/" + file), null), null, null);
        Article article = new Article("page", file, page.text(), page.metadata());
        ArticleGraph g = ArticleConverter.create().convert(article);
        Node articleNode = NodeFactory.createURI(Iris.article("page"));
        Set<String> authors = new TreeSet<>();
        g.graph().find(articleNode, Parley.AUTHOR.asNode(), Node.ANY).forEachRemaining(t ->
                g.graph().find(t.getObject(), Parley.NAME.asNode(), Node.ANY)
                        .forEachRemaining(n -> authors.add(n.getObject().getLiteralLexicalForm())));
        assertEquals(expected == null ? Set.of() : new TreeSet<>(List.of(expected.split(";"))), authors, page.text());
    }
}
