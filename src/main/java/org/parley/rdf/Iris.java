package org.parley.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of Parley's resources from canonical keys, so that a rebuild gives identical
 * IRIs. Stateless and thread-safe.
 */
public final class Iris {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Iris() {
    }

    /** @return the IRI of an article (also its named graph) */
    public static String article(String articleId) {
        return Parley.ID + "article/" + URLEncoder.encode(articleId, StandardCharsets.UTF_8);
    }

    /**
     * @param kind kind segment ("person", "place", "round")
     * @param key  canonical key, slugged
     * @return the IRI
     */
    public static String of(String kind, String key) {
        return Parley.ID + kind + "/" + slug(key);
    }

    /**
     * Lower-case ASCII slug: diacritics removed, runs of other characters turned into one hyphen.
     *
     * @param s any text
     * @return the slug, never empty ("x" for an empty input)
     */
    public static String slug(String s) {
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        String hyphenated = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
        return slug.isEmpty() ? "x" : slug;
    }
}
