package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlPageTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("sidebar-comments.html", "Envoys agree to meet again in Geneva",
                        LocalDate.of(2024, 5, 2), List.of("Jane Roe"), "https://herald.example/world/envoys-geneva",
                        "The Example Herald", "en", "mediated by the Swiss government",
                        List.of("Most read", "Reader123", "Subscribe now", "All rights reserved")),
                Arguments.of("amp.html", "Ceasefire talks resume in Doha", LocalDate.of(2024, 6, 11),
                        List.of("Omar Haddad", "Lena Park"), "https://wire.example/news/ceasefire-talks-doha",
                        "Example Wire", "en", "Qatari mediators carrying proposals",
                        List.of("Markets rally", "Business")),
                Arguments.of("liveblog.html", "Live: border talks between Freedonia and Sylvania, day two",
                        LocalDate.of(2024, 7, 3), List.of("Sam Lee"), "https://live.example/blog/border-talks-day-two",
                        "Example Live", "en", "could announce a framework agreement",
                        List.of("Newsletters", "Share on social media")),
                Arguments.of("wire.html", "Freedonia, Sylvania sign water-sharing accord", null,
                        List.of("Example Wire staff"), null, null, null, "joint commission would meet",
                        List.of("Markets | Sports")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsMainTextAndMetadata(String file, String headline, LocalDate published, List<String> authors,
                                  String url, String publisher, String language, String inBody,
                                  List<String> notInBody) throws InputException {
        PageContent page = HtmlPage.read(PageDecoder.decode(InputFixtures.bytes("html/" + file), null), null, null);
        assertEquals(headline, page.metadata().title());
        assertEquals(published, page.metadata().published());
        assertEquals(authors, page.authors());
        assertEquals(url, page.metadata().url());
        assertEquals(publisher, page.metadata().publisher());
        assertEquals(language, page.language());
        List<String> lines = page.text().lines().toList();
        assertEquals(headline, lines.get(0), page.text());
        assertEquals("By " + ArticleText.names(authors), lines.get(1), page.text());
        assertTrue(page.text().contains(inBody), page.text());
        for (String boilerplate : notInBody) {
            assertFalse(page.text().contains(boilerplate), boilerplate + " in\n" + page.text());
        }
    }

    @Test
    void keepsParagraphsOnTheirOwnLines() throws InputException {
        PageContent page = HtmlPage.read(PageDecoder.decode(InputFixtures.bytes("html/sidebar-comments.html"), null),
                null, null);
        assertTrue(page.text().lines().anyMatch(l -> l.startsWith("The delegation of Freedonia was led by")),
                page.text());
        assertTrue(page.text().contains("GENEVA (Example Herald) \u2014 Delegations"), page.text());
    }

    @Test
    void decodesTheCharsetThePageDeclares() throws InputException {
        PageContent page = HtmlPage.read(PageDecoder.decode(InputFixtures.bytes("html/wire.html"), null), null, null);
        assertTrue(page.text().contains("Hofburg"), page.text());
    }

    @Test
    void refusesAPageWithoutArticleText() {
        InputException e = assertThrows(InputException.class, () -> HtmlPage.read(
                "<html><body><nav><a href='/'>Home</a></nav><div id='app'></div></body></html>", null, null));
        assertEquals("no article text found", e.getMessage());
    }

    @Test
    void repairsMalformedMarkup() throws InputException {
        String html = "<html><head><title>Talks</title><body><div><p>Envoys of the two states met in Oslo on"
                + " Monday to discuss a prisoner exchange <b>and a ceasefire<p>The talks will resume next week"
                + " according to the Norwegian foreign ministry</div></span></table>";
        PageContent page = HtmlPage.read(html, null, null);
        assertEquals(List.of("Talks", "Envoys of the two states met in Oslo on Monday to discuss a prisoner exchange"
                + " and a ceasefire", "The talks will resume next week according to the Norwegian foreign ministry"),
                page.text().lines().toList());
    }

    @Test
    void pageMetadataComesBeforeTheFallback() throws InputException {
        String html = "<html><head><meta property='article:published_time' content='2024-01-05'></head><body><p>"
                + "The two delegations met in Oslo on Monday and agreed to meet again in February.</p></body></html>";
        PageContent page = HtmlPage.read(html, "https://x.example/a", new org.parley.article.ArticleMetadata(
                "https://x.example/a", LocalDate.of(2024, 1, 9), null, null));
        assertEquals(LocalDate.of(2024, 1, 5), page.metadata().published());
        assertEquals("https://x.example/a", page.metadata().url());
    }
}
