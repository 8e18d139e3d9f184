package org.parley.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One news article travelling through the pipeline: its identity, text and metadata, plus the
 * annotation layers that stages add (sentences, tokens, mentions, rounds...).
 *
 * <p>Like CoreNLP's {@code Annotation}: stages read layers and add their own; a layer, once set,
 * is not replaced. Not thread-safe: one article is processed by one thread at a time.
 */
public final class Article {
    private final String id;
    private final String source;
    private final String text;
    private ArticleMetadata metadata;
    private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

    /**
     * @param id       stable identifier (the file name without suffix, or an archived page's or
     *                 feed item's URI); used in IRIs
     * @param source   where the text came from, for messages and the store's {@code parley:sourceFile}: the
     *                 loader gives the path below the folder built, led by that folder's name ({@code seeds/a.txt}),
     *                 never a path on the builder's disk
     * @param text     the full text, as read
     * @param metadata metadata known from outside the text
     */
    public Article(String id, String source, String text, ArticleMetadata metadata) {
        this.id = Objects.requireNonNull(id);
        this.source = Objects.requireNonNull(source);
        this.text = Objects.requireNonNull(text);
        this.metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    }

    /** @return the stable identifier */
    public String id() {
        return id;
    }

    /** @return where the text came from, relative to the folder built ({@code seeds/a.txt}) */
    public String source() {
        return source;
    }

    /** @return the article text */
    public String text() {
        return text;
    }

    /** @return the metadata */
    public ArticleMetadata metadata() {
        return metadata;
    }

    /**
     * Replaces the metadata, e.g. when a stage finds the publication date in a dateline.
     *
     * @param metadata the new metadata
     */
    public void metadata(ArticleMetadata metadata) {
        this.metadata = Objects.requireNonNull(metadata);
    }

    /** @return the covered text of {@code span} */
    public String text(Span span) {
        return span.of(text);
    }

    /**
     * Sets a layer.
     *
     * @param layer  the key
     * @param values the elements, copied
     * @param <T>    element type
     * @throws IllegalStateException when the layer is already set
     */
    public <T> void put(Layer<T> layer, List<? extends T> values) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " already set on " + source);
        }
        layers.put(layer, Collections.unmodifiableList(new ArrayList<>(values)));
    }

    /**
     * Sets a layer to the given list itself, without the copy {@link #put} makes: for a list that
     * computes its elements when they are first read, so that setting the layer computes nothing.
     * The caller hands the list over and must not change it.
     *
     * @param layer  the key
     * @param values the values, read through an unmodifiable view
     * @param <T>    element type
     * @throws IllegalStateException when the layer is already set
     */
    public <T> void adopt(Layer<T> layer, List<? extends T> values) {
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " already set on " + source);
        }
        layers.put(layer, Collections.unmodifiableList(values));
    }

    /**
     * @param layer the key
     * @param <T>   element type
     * @return the layer's elements
     * @throws IllegalStateException when no stage has provided the layer
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> values = layers.get(layer);
        if (values == null) {
            throw new IllegalStateException("layer " + layer + " not provided for " + source);
        }
        return (List<T>) values;
    }

    /** @return true when the layer has been set */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** @return the names of the layers set so far */
    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }
}
