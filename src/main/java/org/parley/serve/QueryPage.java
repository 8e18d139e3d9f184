package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;

/**
 * Renders the query page served at {@code /}: the saved queries, each with a button that loads
 * and runs it, a query editor, and a results table, all in one self-contained HTML page (no
 * external scripts or styles; works offline). The saved queries are listed in the HTML itself and
 * embedded as JSON for the script. Immutable and thread-safe.
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
        List<SavedQuery> all = queries.all();
        StringBuilder list = new StringBuilder();
        if (all.isEmpty()) {
            list.append("<p class=\"empty\">No saved queries found (queries/*.rq).</p>");
        } else {
            list.append("<ul class=\"saved\">\n");
            for (SavedQuery q : all) {
                list.append("<li><span class=\"qname\">").append(html(q.name())).append("</span>")
                        .append("<span class=\"question\">").append(html(q.question().isEmpty() ? q.name() : q.question()))
                        .append("</span><button type=\"button\" data-query=\"").append(html(q.name()))
                        .append("\">Run</button></li>\n");
            }
            list.append("</ul>");
        }
        String first = all.isEmpty()
                ? "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?triples) LIMIT 25"
                : all.get(0).text();
        String explore = explorePath == null ? "" : "<a href=\"" + html(explorePath) + "\">Explorer</a>";
        return TEMPLATE
                .replace("{{ENDPOINT}}", html(endpoint))
                .replace("{{EXPLORE_LINK}}", explore)
                .replace("{{SAVED_QUERIES}}", list.toString())
                .replace("{{DEFAULT_QUERY}}", html(first))
                .replace("{{SAVED_JSON}}", json(all).replace("</", "<\\/"));
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
