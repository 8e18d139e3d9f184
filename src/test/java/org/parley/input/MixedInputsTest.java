package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.article.Problem;

/** The loader over folders that mix text files, pages, archives and feeds. */
class MixedInputsTest {
    @TempDir
    Path dir;

    private Path fixture(String name, String target) throws IOException {
        Path p = dir.resolve(target);
        Files.createDirectories(p.getParent());
        return Files.write(p, InputFixtures.bytes(name));
    }

    private record Loaded(List<Article> articles, List<Problem> problems, int records, Map<String, Integer> skipped,
                          int rejected, int expected) {
    }

    private Loaded load(Path... paths) {
        List<Article> articles = new ArrayList<>();
        try (ArticleStream s = new ArticleLoader().stream(List.of(paths))) {
            s.forEachRemaining(articles::add);
            return new Loaded(articles, s.problems(), s.records(), s.skipped(), s.rejected(), s.expected());
        }
    }

    @Test
    void aFolderOfPagesArchivesAndFeedsIsReadInPathOrder() throws IOException {
        fixture("html/sidebar-comments.html", "in/a-page.html");
        fixture("feeds/wire.atom", "in/b-wire.atom");
        try (TestWarc w = new TestWarc(dir.resolve("in/c-crawl.warc.gz"), true)) {
            w.info().page("https://news.example/a", WarcFileTest.page("Talks resume in Vienna", null))
                    .page("https://news.example/a", WarcFileTest.page("Talks resume in Vienna", null));
        }
        Files.writeString(dir.resolve("in/d-plain.txt"), "Envoys met in Oslo.\nThey agreed to meet again.");
        Loaded r = load(dir.resolve("in"));
        assertEquals(List.of("a-page", "https://wire.example/news/water-accord", "urn:example:wire:7002",
                "https://news.example/a", "d-plain"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(), r.problems());
        assertEquals(7, r.records());
        assertEquals(Map.of("WARC warcinfo record", 1, "repeated URI", 1), r.skipped());
        assertEquals(0, r.expected(), "an archive or feed makes the count unknown");
    }

    @Test
    void metadataCsvOverridesWhatThePageSays() throws IOException {
        fixture("html/sidebar-comments.html", "pages/story.html");
        Files.writeString(dir.resolve("pages/metadata.csv"), "file,published,publisher\nstory.html,2024-05-01,Herald\n");
        Article a = load(dir.resolve("pages")).articles().get(0);
        assertEquals(LocalDate.of(2024, 5, 1), a.metadata().published());
        assertEquals("Herald", a.metadata().publisher());
        assertEquals("Envoys agree to meet again in Geneva", a.metadata().title(), "the page fills what the csv leaves");
        assertEquals("https://herald.example/world/envoys-geneva", a.metadata().url());
        assertEquals("pages/story.html", a.source());
    }

    @Test
    void badPagesAreProblemsNamingTheFileAndTheGoodOnesAreRead() throws IOException {
        fixture("html/amp.html", "pages/good.html");
        Files.writeString(dir.resolve("pages/empty.html"), "<html><body><nav>Home</nav><div id=app></div></body></html>");
        byte[] latin = "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\u00e9 talks</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("pages/latin.htm"), latin);
        Loaded r = load(dir.resolve("pages"));
        assertEquals(List.of("good"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of(dir.resolve("pages/empty.html") + ": no article text found",
                dir.resolve("pages/latin.htm") + ": not valid in the charset utf-8 declared by its <meta charset>"
                        + " (byte offset 53)"), r.problems().stream().map(Problem::toString).toList());
        assertEquals(2, r.rejected());
    }

    @Test
    void anXmlFileNamedDirectlyIsAFeedButInAFolderItIsLeftAlone() throws IOException {
        Path feed = fixture("feeds/world.rss", "f/news.xml");
        assertEquals(2, load(feed).articles().size());
        fixture("html/wire.html", "f/page.html");
        assertEquals(List.of("page"), load(dir.resolve("f")).articles().stream().map(Article::id).toList());
    }

    @Test
    void theSameNameAsTextAndPageIsADuplicateId() throws IOException {
        fixture("html/wire.html", "d/story.html");
        Files.writeString(dir.resolve("d/story.txt"), "Freedonia and Sylvania signed an accord.");
        Loaded r = load(dir.resolve("d"));
        assertEquals(1, r.articles().size());
        assertTrue(r.problems().get(0).message().startsWith("duplicate article id 'story'"), r.problems().toString());
    }
}
