package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.SyntheticArticles;

/**
 * Property-based tests of the whole extractor ({@link ArticleConverter}) on hostile text: random
 * Unicode (including lone surrogates), very long lines, control characters, mixed scripts, HTML
 * fragments and truncated articles. For every input, no exception escapes, and every evidence and
 * sentence node points to a valid span of the article: {@code 0 <= start <= end <= length} and its
 * text equals the article's text at that span. Bounded: 40 to 60 tries per property.
 */
class ConverterPropertiesTest {
    private static final ArticleConverter CONVERTER = ArticleConverter.create();
    private static final String[] WORDS = {
        "Foreign", "Minister", "Sergei", "met", "talks", "in", "Geneva", "on", "Monday", "said", "the", "round",
        "delegation", "of", "Ukraine", "ceasefire", "\"We", "agree,\"", "2023", "March", "U.N.", "Mr.", "envoy", "."};
    private static final String[] SCRIPTS = {
        "Переговоры", "в", "Женеве", "Лавров", "المفاوضات", "في", "الدوحة", "谈判", "北京", "外交部长", "वार्ता",
        "दिल्ली", "Διαπραγματεύσεις", "Αθήνα", "מו\"מ", "ירושלים", "협상", "서울", "交渉", "東京", "Zürich", "São", "Paulo"};
    private static final String[] HTML = {
        "<p>", "</p>", "<br/>", "<a href=\"http://example.org/?a=1&b=2\">", "</a>", "&amp;", "&nbsp;", "&#8217;",
        "<script>alert('x')</script>", "<!-- comment -->", "<div class=\"byline\">By Reporter</div>", "<![CDATA[ x ]]>",
        "<img src=x onerror=alert(1)>", "&lt;b&gt;"};

    private static void check(String text) {
        Article a = new Article("prop", "generated/prop.txt", text, ArticleMetadata.EMPTY);
        ArticleGraph out = CONVERTER.convert(a);
        Graph g = out.graph();
        List<Node> spans = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), Parley.EVIDENCE.asNode()).forEachRemaining(t -> spans.add(t.getSubject()));
        int evidence = spans.size();
        g.find(Node.ANY, RDF.type.asNode(), Parley.SENTENCE_CLASS.asNode()).forEachRemaining(t -> spans.add(t.getSubject()));
        for (int i = 0; i < spans.size(); i++) {
            Node n = spans.get(i);
            int start = integer(g, n, Parley.START.asNode());
            int end = integer(g, n, Parley.END.asNode());
            assertTrue(0 <= start && start <= end && end <= text.length(),
                    n + ": span " + start + ".." + end + " outside 0.." + text.length());
            Node textProperty = i < evidence ? Parley.MENTION_TEXT.asNode() : Parley.TEXT.asNode();
            assertEquals(text.substring(start, end), string(g, n, textProperty), n + ": text differs from its span");
        }
    }

    private static int integer(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ((Number) ts.get(0).getObject().getLiteralValue()).intValue();
    }

    private static String string(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ts.get(0).getObject().getLiteralLexicalForm();
    }

    @Property(tries = 60)
    void anyUnicodeText(@ForAll("unicode") String text) {
        check(text);
    }

    @Property(tries = 40)
    void veryLongLines(@ForAll("longLines") String text) {
        check(text);
    }

    @Property(tries = 50)
    void controlCharacters(@ForAll("controls") String text) {
        check(text);
    }

    @Property(tries = 50)
    void mixedScripts(@ForAll("mixed") String text) {
        check(text);
    }

    @Property(tries = 50)
    void htmlFragments(@ForAll("html") String text) {
        check(text);
    }

    @Property(tries = 60)
    void truncatedArticles(@ForAll("truncated") String text) {
        check(text);
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(1500);
    }

    @Provide
    Arbitrary<String> longLines() {
        return Arbitraries.of(WORDS).list().ofMinSize(500).ofMaxSize(4000).map(w -> String.join(" ", w));
    }

    @Provide
    Arbitrary<String> controls() {
        Arbitrary<String> control = Arbitraries.chars().range('\u0000', '\u001f').map(String::valueOf)
                .injectDuplicates(0.1);
        Arbitrary<String> special = Arbitraries.of("\u007f", "\u0085", "\u009f", "\u00a0", "\u200b", "\u2028", "\u2029",
                "\ufeff", "\ufffd", "\r\n", "\r", "\t");
        return Arbitraries.oneOf(Arbitraries.of(WORDS), control, special).list().ofMaxSize(400)
                .map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(SCRIPTS)).list().ofMaxSize(400)
                .map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> html() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(HTML)).list().ofMaxSize(400)
                .map(parts -> String.join(" ", parts));
    }

    @Provide
    Arbitrary<String> truncated() {
        return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 1))
                .as((n, version, cut) -> {
                    String full = SyntheticArticles.text(n, version == 0 ? 1 : 2) + (version == 2 ? "\n\"Unfinished" : "");
                    return full.substring(0, (int) (full.length() * cut));
                });
    }
}
