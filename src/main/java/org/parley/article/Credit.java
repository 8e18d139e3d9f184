package org.parley.article;

/**
 * A byline or photo credit: the person is recorded as author or photographer of the article,
 * never as a negotiator.
 *
 * @param span characters of the whole credit ("(AP Photo/Visar Kryeziu)")
 * @param name the credited person's name
 * @param kind author or photographer
 */
public record Credit(Span span, String name, Kind kind) {

    /** Kinds of credit. */
    public enum Kind {
        /** Byline. */
        AUTHOR,
        /** Photo credit. */
        PHOTOGRAPHER
    }
}
