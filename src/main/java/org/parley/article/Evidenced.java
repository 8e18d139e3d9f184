package org.parley.article;

/**
 * A value with the span of text it rests on and a confidence, the unit from which each RDF fact
 * and its evidence are written.
 *
 * @param value      the value
 * @param span       characters the value was read from
 * @param confidence in [0,1]
 * @param <T>        value type
 */
public record Evidenced<T>(T value, Span span, double confidence) {
}
