package org.parley.article;

import java.util.Objects;

/**
 * A typed key for one annotation layer of an {@link Article}, e.g. the sentences or the
 * date mentions. Stages declare the layers they require and provide by these keys, so a
 * {@code Pipeline} can check its order at construction.
 *
 * <p>Layers are compared by identity of their name. Immutable and thread-safe.
 *
 * @param <T> element type of the layer's list
 */
public final class Layer<T> {
    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    /**
     * Creates a layer key.
     *
     * @param name upper-case layer name used in messages ("DATES")
     * @param type element type
     * @param <T>  element type
     * @return the key
     */
    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    /** @return the layer's name */
    public String name() {
        return name;
    }

    /** @return the element type */
    public Class<T> type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Layer<?> l && l.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
