package org.parley.nlp;

import java.util.function.Supplier;

/**
 * A value computed once, on first use, by a supplier. Thread-safe: concurrent first calls compute
 * the value once.
 *
 * @param <T> value type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    /** @param supplier computes the value; called at most once (again only if it throws) */
    public Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = supplier.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
