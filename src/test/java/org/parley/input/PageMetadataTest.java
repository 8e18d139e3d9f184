package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PageMetadataTest {

    private static PageMetadata read(String head, String body) {
        return PageMetadata.read(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
                "https://site.example/world/story"));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    static Stream<Arguments> jsonLd() {
        return Stream.of(
                Arguments.of("object", ld("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2024-02-03\","
                        + "\"author\":\"Jane Roe\",\"publisher\":{\"name\":\"Herald\"}}"), List.of("Jane Roe")),
                Arguments.of("list of people", ld("{\"headline\":\"H\",\"datePublished\":\"2024-02-03T23:59:00-05:00\","
                        + "\"author\":[{\"name\":\"Jane Roe\"},{\"name\":\"John Doe\"}],\"publisher\":\"Herald\"}"),
                        List.of("Jane Roe", "John Doe")),
                Arguments.of("@graph", ld("{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Herald\"},{\"headline\":\"H\","
                        + "\"datePublished\":\"2024-02-03\",\"author\":{\"name\":\"Jane Roe\"},"
                        + "\"publisher\":[{\"name\":\"Herald\"}]}]}"), List.of("Jane Roe")),
                Arguments.of("top-level list after a broken script", ld("{not json") + ld("[{\"@type\":\"Organization\"},"
                        + "{\"headline\":\"H\",\"datePublished\":\"2024-02-03\",\"author\":\"Jane Roe and John Doe\","
                        + "\"publisher\":{\"name\":\"Herald\"}}]"), List.of("Jane Roe", "John Doe")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonLd")
    void readsTheJsonLdArticle(String name, String head, List<String> authors) {
        PageMetadata m = read("<title>Other title</title>" + head, "");
        assertEquals("H", m.metadata().title());
        assertEquals(LocalDate.of(2024, 2, 3), m.metadata().published());
        assertEquals("Herald", m.metadata().publisher());
        assertEquals(authors, m.authors());
    }

    @Test
    void metaTagsComeBeforeJsonLdAndJsonLdBeforeTheBody() {
        PageMetadata m = read("<meta property=\"og:title\" content=\"OG\"><meta name=\"author\" content=\"Meta Name\">"
                + "<meta property=\"article:published_time\" content=\"2024-01-01\">"
                + "<meta property=\"og:site_name\" content=\"Site\"><meta property=\"og:url\" content=\"https://og.example/\">"
                + "<link rel=\"canonical\" href=\"/canonical\">"
                + ld("{\"headline\":\"LD\",\"datePublished\":\"2024-02-02\",\"author\":\"LD Name\",\"publisher\":\"LD\"}"),
                "<p class=\"byline\">By Body Name</p><time datetime=\"2024-03-03\">March 3</time>");
        assertEquals("OG", m.metadata().title());
        assertEquals(LocalDate.of(2024, 1, 1), m.metadata().published());
        assertEquals(List.of("Meta Name"), m.authors());
        assertEquals("Site", m.metadata().publisher());
        assertEquals("https://site.example/canonical", m.metadata().url(), "canonical link, made absolute");
    }

    @Test
    void fallsBackToTitleTimeAndByline() {
        PageMetadata m = read("<title>  Plain\n title </title>", "<span itemprop=\"author\">By Ann Lee &amp; Bo Kim</span>"
                + "<time datetime=\"2024-03-03T10:00\">10:00</time><time datetime=\"2024-03-04\">later</time>");
        assertEquals("Plain title", m.metadata().title());
        assertEquals(LocalDate.of(2024, 3, 3), m.metadata().published());
        assertEquals(List.of("Ann Lee", "Bo Kim"), m.authors());
        assertEquals(null, m.metadata().url());
        assertEquals(null, m.language());
    }

    @Test
    void datesThatAreNotIsoAreUnknown() {
        assertEquals(null, PageMetadata.date("March 3, 2024"));
        assertEquals(null, PageMetadata.date("2024-02-30"));
        assertEquals(LocalDate.of(2024, 2, 29), PageMetadata.date(" 2024-02-29T12:00:00Z"));
    }

    @Test
    void languageIsThePrimarySubtag() {
        assertEquals("pt", PageMetadata.read(Jsoup.parse("<html lang=\"PT-br\"><body></body></html>")).language());
    }
}
