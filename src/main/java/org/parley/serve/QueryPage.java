package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;

/**
 * Renders the query page served at {@code /}: a header linking to the explorer, the saved queries
 * (each a button titled with its question, which the page's script opens in a YASGUI tab and runs)
 * and the YASGUI editor, bundled at build time into {@code /query/query.js} and
 * {@code /query/query.css} ({@link WebServlet}). The page carries no inline script or style, so it
 * works under the server's Content-Security-Policy; without the bundle (a build with
 * {@code -Dskip.web}) it still lists the saved queries and names the endpoint. Immutable and
 * thread-safe.
 */
public final class QueryPage {
    private static final String TEMPLATE = template();

    private QueryPage() {
    }

    /**
     * @param queries     the saved queries
     * @param endpoint    path of the SPARQL query endpoint ({@code /parley/sparql})
     * @param explorePath path of the explorer page, or null when there is none
     * @return the page
     */
    public static String render(SavedQueries queries, String endpoint, String explorePath) {
        String explore = explorePath == null ? ""
                : "<a href=\"" + html(explorePath) + "\" id=\"explore-link\">Graph explorer</a>";
        return TEMPLATE
                .replace("{{ENDPOINT}}", html(endpoint))
                .replace("{{EXPLORE_LINK}}", explore)
                .replace("{{SAVED_QUERIES}}", list(queries.all()));
    }

    private static String list(List<SavedQuery> all) {
        if (all.isEmpty()) {
            return "<p class=\"note\">No saved queries found (queries/*.rq).</p>";
        }
        StringBuilder list = new StringBuilder("<ul class=\"saved\">\n");
        for (SavedQuery q : all) {
            list.append("<li><button type=\"button\" disabled data-query=\"").append(html(q.name()))
                    .append("\" title=\"").append(html(q.name())).append(".rq\"><span class=\"question\">")
                    .append(html(q.question().isEmpty() ? q.name() : q.question()))
                    .append("</span><span class=\"qname\">").append(html(q.name())).append("</span></button></li>\n");
        }
        return list.append("</ul>").toString();
    }

    /**
     * @param queries saved queries
     * @return them as a JSON array of {@code {name, question, text}}
     */
    public static String json(List<SavedQuery> queries) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < queries.size(); i++) {
            SavedQuery q = queries.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"name\":").append(jsonString(q.name()))
                    .append(",\"question\":").append(jsonString(q.question()))
                    .append(",\"text\":").append(jsonString(q.text())).append('}');
        }
        return sb.append(']').toString();
    }

    /**
     * @param s any text
     * @return the text as a JSON string literal, quotes included
     */
    public static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = QueryPage.class.getResourceAsStream("/web/index.html")) {
            if (in == null) {
                throw new IllegalStateException("query page template /web/index.html missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
