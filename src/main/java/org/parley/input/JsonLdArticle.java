package org.parley.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article object of a page's JSON-LD ({@code <script type="application/ld+json">}): the first
 * object, at the top, in an array or in an {@code @graph}, that has a {@code headline}. Its
 * headline, {@code datePublished}, authors' names and publisher's name are read; a script that
 * is not valid JSON is passed over, as browsers do. Immutable and thread-safe.
 *
 * @param headline  the headline, or null
 * @param published the {@code datePublished} value as written, or null
 * @param authors   the authors' names
 * @param publisher the publisher's name, or null
 */
public record JsonLdArticle(String headline, String published, List<String> authors, String publisher) {

    /** Copies the list. */
    public JsonLdArticle {
        authors = List.copyOf(authors);
    }

    /**
     * @param doc a parsed page
     * @return its JSON-LD article, if it has one
     */
    public static Optional<JsonLdArticle> of(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonValue v;
            try {
                v = JSON.parseAny(script.data());
            } catch (JsonException | IllegalArgumentException e) {
                continue;
            }
            Optional<JsonObject> article = find(v);
            if (article.isPresent()) {
                return article.map(JsonLdArticle::read);
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> find(JsonValue v) {
        if (v.isArray()) {
            for (JsonValue e : v.getAsArray()) {
                Optional<JsonObject> found = find(e);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            if (o.hasKey("headline")) {
                return Optional.of(o);
            }
            if (o.hasKey("@graph")) {
                return find(o.get("@graph"));
            }
        }
        return Optional.empty();
    }

    private static JsonLdArticle read(JsonObject o) {
        return new JsonLdArticle(string(o.get("headline")), string(o.get("datePublished")),
                names(o.get("author")), firstName(o.get("publisher")));
    }

    private static List<String> names(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        JsonArray items = v.isArray() ? v.getAsArray() : new JsonArray();
        if (!v.isArray()) {
            items.add(v);
        }
        for (JsonValue item : items) {
            String name = firstName(item);
            if (name != null) {
                out.add(name);
            }
        }
        return out;
    }

    private static String firstName(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            return v.getAsArray().isEmpty() ? null : firstName(v.getAsArray().get(0));
        }
        return v.isObject() ? string(v.getAsObject().get("name")) : string(v);
    }

    private static String string(JsonValue v) {
        if (v == null || !v.isString()) {
            return null;
        }
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }
}
