package org.parley.article;

/**
 * A proper name found in the text, before it is interpreted as a person, place or organization
 * fact.
 *
 * @param span       characters of the name
 * @param text       the name as written
 * @param type       what kind of name it is
 * @param confidence in [0,1]
 * @param source     what found it ("model", "gazetteer", "rule"), for measuring contributions
 */
public record NameMention(Span span, String text, NameType type, double confidence, String source) {

    /** Kinds of names. */
    public enum NameType {
        /** A person. */
        PERSON,
        /** A place: country, region, city or venue. */
        LOCATION,
        /** An organization or institution. */
        ORGANIZATION
    }
}
