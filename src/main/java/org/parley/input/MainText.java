package org.parley.input;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a page, without navigation, sidebars, comments, share buttons and
 * related-links boxes: Readability4J (a port of Firefox's reader view) picks the article's
 * element, then {@link BlockText} writes it as paragraphs, one per line. Readability changes the
 * document it reads, so read the page's metadata first. Stateless and thread-safe.
 */
public final class MainText {
    /** Base address of a page whose own is unknown: Readability resolves links against one. */
    private static final String NO_ADDRESS = "file:///";

    private MainText() {
    }

    /**
     * @param doc a parsed page; changed by the extraction
     * @param uri the page's address (resolves relative links), or "" when unknown
     * @return the main text, one paragraph per line; empty when the page has none
     */
    public static String of(Document doc, String uri) {
        Article article = new Readability4JExtended(uri == null || uri.isBlank() ? NO_ADDRESS : uri, doc).parse();
        Element content = article.getArticleContent();
        return content == null ? "" : BlockText.of(content);
    }
}
