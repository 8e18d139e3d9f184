package org.parley.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.article.ArticleMetadata;

/**
 * What a page says about itself, each field from the first of its sources that has it:
 * <ul>
 *   <li>headline: {@code og:title}, JSON-LD {@code headline}, {@code <title>};</li>
 *   <li>publication date: {@code article:published_time}, JSON-LD {@code datePublished},
 *       the first {@code <time datetime>} (the date part; the time of day is dropped);</li>
 *   <li>authors: {@code <meta name=author>}, JSON-LD {@code author}, a byline element
 *       ({@code rel=author}, {@code itemprop=author}, class {@code byline});</li>
 *   <li>canonical URL: {@code <link rel=canonical>}, {@code og:url};</li>
 *   <li>publisher: {@code og:site_name}, JSON-LD {@code publisher};</li>
 *   <li>language: {@code <html lang>}, its primary subtag in lower case.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param metadata headline, date, URL and publisher
 * @param authors  the authors' names, in page order, without repeats
 * @param language primary language subtag, or null
 */
public record PageMetadata(ArticleMetadata metadata, List<String> authors, String language) {
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern BY = Pattern.compile("^\\s*(?i:by)\\s+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    /** Copies the list. */
    public PageMetadata {
        authors = List.copyOf(authors);
    }

    /**
     * @param doc a parsed page (read only)
     * @return what the page says about itself
     */
    public static PageMetadata read(Document doc) {
        Optional<JsonLdArticle> ld = JsonLdArticle.of(doc);
        String title = first(meta(doc, "og:title"), ld.map(JsonLdArticle::headline).orElse(null), doc.title());
        String date = first(meta(doc, "article:published_time"), ld.map(JsonLdArticle::published).orElse(null),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String url = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        String publisher = first(meta(doc, "og:site_name"), ld.map(JsonLdArticle::publisher).orElse(null));
        ArticleMetadata m = new ArticleMetadata(url, date(date), publisher, title);
        return new PageMetadata(m, authors(doc, ld), language(doc));
    }

    /**
     * @param text a date as pages write it ("2024-05-02", "2024-05-02T09:30:00+02:00")
     * @return its day, or null when it does not start with a valid ISO date
     */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * @param byline a byline or author field ("By Jane Roe and John Doe")
     * @return the names in it
     */
    static List<String> names(String byline) {
        List<String> out = new ArrayList<>();
        for (String part : NAME_SEPARATORS.split(BY.matcher(byline.strip()).replaceFirst(""))) {
            String name = part.strip();
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private static List<String> authors(Document doc, Optional<JsonLdArticle> ld) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.select("meta[name=author]")) {
            found.addAll(names(e.attr("content")));
        }
        if (found.isEmpty()) {
            ld.ifPresent(a -> a.authors().forEach(n -> found.addAll(names(n))));
        }
        if (found.isEmpty()) {
            Element byline = doc.selectFirst("body [rel=author], body [itemprop=author], body .byline");
            if (byline != null) {
                found.addAll(names(byline.text()));
            }
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }

    private static String language(Document doc) {
        String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang").strip();
        if (lang.isEmpty()) {
            return null;
        }
        int dash = lang.indexOf('-');
        return (dash > 0 ? lang.substring(0, dash) : lang).toLowerCase(Locale.ROOT);
    }

    private static String meta(Document doc, String property) {
        for (Element e : doc.select("meta[content]")) {
            if (property.equalsIgnoreCase(e.attr("property")) || property.equalsIgnoreCase(e.attr("name"))) {
                return attr(e, "content");
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.attr(name).strip();
        return v.isEmpty() ? null : v;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }
}
