package org.parley.input;

import java.nio.file.Path;
import org.parley.article.Problem;

/**
 * Reads a saved page ({@code .html}, {@code .htm}) into one article with {@link HtmlPage}; the
 * charset comes from the page itself ({@link PageDecoder}). A page that cannot be read gives one
 * problem naming the file. Stateless and thread-safe.
 */
public final class HtmlFile {

    private HtmlFile() {
    }

    /**
     * @param file     the file
     * @param place    the file as the user named it
     * @param id       the article id
     * @param maxBytes size limit
     * @return the article, or why it cannot be read
     */
    public static InputRecord read(Path file, String place, String id, long maxBytes) {
        try {
            String html = PageDecoder.decode(FileBytes.read(file, maxBytes), null);
            PageContent page = HtmlPage.read(html, null, null);
            return new InputRecord.Read(id, place, page.text(), page.metadata(), page.language());
        } catch (InputException e) {
            return new InputRecord.Unreadable(new Problem(place, e.getMessage()));
        }
    }
}
