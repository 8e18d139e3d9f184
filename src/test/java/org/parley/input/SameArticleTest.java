package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.Iris;

/** One story as a .txt file, as a saved page and inside a web archive gives the same facts. */
class SameArticleTest {
    private static final String HEADLINE = "Freedonia and Sylvania agree to meet again in Geneva";
    private static final List<String> BODY = List.of(
            "GENEVA, May 2 - Delegations from Freedonia and Sylvania met in Geneva on Tuesday for a second round of"
                    + " talks on the disputed river border, the Swiss foreign ministry said.",
            "The delegation of Freedonia was led by Foreign Minister Anna Marsh, who said the talks had been frank.",
            "Sylvania's chief negotiator, Deputy Foreign Minister Paul Grant, said both sides would meet again in"
                    + " June.");

    @TempDir
    Path dir;

    private String html() {
        StringBuilder sb = new StringBuilder("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + HEADLINE
                + " | Example Herald</title><meta property=\"og:title\" content=\"" + HEADLINE + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-02T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + HEADLINE + "</h1>");
        BODY.forEach(p -> sb.append("<p>").append(p).append("</p>"));
        return sb.append("</article><aside><h2>Most read</h2><a href=\"/x\">Markets close higher</a></aside>"
                + "<footer>Copyright Example Herald</footer></body></html>").toString();
    }

    @Test
    void textPageAndArchiveGiveTheSameTextAndFacts() throws IOException {
        Files.writeString(dir.resolve("story.txt"), HEADLINE + "\n" + String.join("\n", BODY));
        Files.writeString(dir.resolve("metadata.csv"), "file,published\nstory.txt,2024-05-02\n");
        Files.writeString(dir.resolve("page.html"), html());
        try (TestWarc w = new TestWarc(dir.resolve("crawl.warc.gz"), true)) {
            w.page("https://herald.example/story", html());
        }
        List<Article> articles = new ArticleLoader().load(List.of(dir)).articles();
        assertEquals(3, articles.size());
        for (Article a : articles) {
            assertEquals(HEADLINE + "\n" + String.join("\n", BODY), a.text(), a.source());
            assertEquals(LocalDate.of(2024, 5, 2), a.metadata().published(), a.source());
        }
        ArticleConverter converter = ArticleConverter.create();
        List<Set<String>> facts = new ArrayList<>();
        for (Article a : articles) {
            facts.add(facts(converter.convert(a), a.id()));
        }
        assertFalse(facts.get(0).isEmpty());
        assertEquals(facts.get(0), facts.get(1));
        assertEquals(facts.get(0), facts.get(2));
    }

    /** @return the triples about the world: neither about the article itself nor about its evidence */
    private static Set<String> facts(ArticleGraph g, String id) {
        String article = Iris.article(id);
        Set<String> out = new TreeSet<>();
        g.graph().find().forEachRemaining((Triple t) -> {
            if (!mentions(t.getSubject(), article) && !mentions(t.getObject(), article)) {
                out.add(t.getSubject() + " " + t.getPredicate() + " " + t.getObject());
            }
        });
        return out;
    }

    private static boolean mentions(Node n, String article) {
        return n.isBlank() || (n.isURI() && n.getURI().startsWith(article));
    }
}
