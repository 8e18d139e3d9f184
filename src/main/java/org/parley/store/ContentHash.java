package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.rdf.ArticleConverter;

/**
 * The content hash of an article: SHA-256 over the extraction version
 * ({@link ArticleConverter#VERSION}), the text, the source file name stored with it and the
 * metadata from outside the text. Two builds
 * of an article with the same hash give the same graph, so the second is skipped. Stateless and
 * thread-safe.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /**
     * @param article the article as loaded (before extraction)
     * @return lower-case hex SHA-256
     */
    public static String of(Article article) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        ArticleMetadata m = article.metadata();
        field(md, ArticleConverter.VERSION);
        field(md, article.id());
        field(md, article.text());
        field(md, article.source());
        field(md, m.url());
        field(md, Objects.toString(m.published(), null));
        field(md, m.publisher());
        field(md, m.title());
        return HexFormat.of().formatHex(md.digest());
    }

    /** Length-prefixed, so that no two field sequences hash alike. */
    private static void field(MessageDigest md, String value) {
        if (value == null) {
            md.update((byte) 0);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        md.update((byte) 1);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }
}
