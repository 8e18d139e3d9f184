package org.parley.input;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.parley.article.ArticleMetadata;

/**
 * Reads one HTML page (a saved file, an archived response or a feed item's content) into a
 * {@link PageContent}: the metadata the page declares ({@link PageMetadata}), then its main text
 * ({@link MainText}), written as a {@code .txt} article ({@link ArticleText}). Malformed markup is
 * repaired the way browsers repair it; only a page without article text is refused. Stateless and
 * thread-safe.
 */
public final class HtmlPage {
    /** Fewer letters than this in the main text means the page has no article text. */
    static final int MIN_LETTERS = 40;

    private HtmlPage() {
    }

    /**
     * @param html     the page's markup
     * @param uri      the page's address, or null
     * @param fallback metadata to use where the page has none (e.g. a date from the archive), or null
     * @return the article the page holds
     * @throws InputException when the page holds no article text
     */
    public static PageContent read(String html, String uri, ArticleMetadata fallback) throws InputException {
        Document doc = Jsoup.parse(html, uri == null ? "" : uri);
        PageMetadata meta = PageMetadata.read(doc);
        String body = MainText.of(doc, uri);
        if (letters(body) < MIN_LETTERS) {
            throw new InputException("no article text found");
        }
        ArticleMetadata m = fallback == null ? meta.metadata() : meta.metadata().orElse(fallback);
        String text = ArticleText.compose(m.title(), meta.authors(), body);
        return new PageContent(text, m, meta.authors(), meta.language());
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
