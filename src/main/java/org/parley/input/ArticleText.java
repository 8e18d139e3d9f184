package org.parley.input;

import java.util.List;
import java.util.Locale;

/**
 * Writes a page's parts as a {@code .txt} article reads: the headline as the first line, then a
 * byline "By A, B and C" when the page names authors that its text does not already credit, then
 * the body, one paragraph per line. The byline is what makes the authors authors: the pipeline's
 * credit stage reads it as it reads the bylines of {@code .txt} articles. Stateless and
 * thread-safe.
 */
public final class ArticleText {
    private static final int BYLINE_SEARCH_CHARS = 400;

    private ArticleText() {
    }

    /**
     * @param headline the headline, or null; when null, or when the body already starts with it,
     *                 the body's first line is the headline
     * @param authors  the authors' names
     * @param body     paragraphs, one per line
     * @return the article text
     */
    public static String compose(String headline, List<String> authors, String body) {
        String first = body.lines().findFirst().orElse("").strip();
        String title = headline == null ? "" : headline.strip();
        String rest = body;
        if (title.isEmpty() || first.equalsIgnoreCase(title)) {
            title = first;
            int newline = body.indexOf('\n');
            rest = newline < 0 ? "" : body.substring(newline + 1);
        }
        StringBuilder sb = new StringBuilder(title).append('\n');
        if (!authors.isEmpty() && !credited(rest, authors)) {
            sb.append("By ").append(names(authors)).append('\n');
        }
        return sb.append(rest).toString().strip();
    }

    /** @return the names as a byline lists them: "A", "A and B", "A, B and C" */
    static String names(List<String> authors) {
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }

    private static boolean credited(String body, List<String> authors) {
        String top = body.substring(0, Math.min(body.length(), BYLINE_SEARCH_CHARS)).toLowerCase(Locale.ROOT);
        return top.contains("by " + authors.get(0).toLowerCase(Locale.ROOT));
    }
}
