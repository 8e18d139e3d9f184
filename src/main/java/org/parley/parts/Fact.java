package org.parley.parts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the facts table: one {@code parley:Evidence} node of an article's graph, flattened.
 * Built by {@link FactRows}; the Spark job writes these rows as Parquet ({@code docs/facts-table.md}
 * lists the columns). Immutable and thread-safe.
 *
 * @param evidence       the evidence node's IRI ({@code …/article/ID#e3})
 * @param subject        {@code rdf:subject}, an IRI
 * @param subjectLabel   the subject's label in the article's graph ({@link FactRows#label}), or null
 * @param predicate      {@code rdf:predicate}, an IRI
 * @param object         {@code rdf:object}: an IRI, or a literal's lexical form
 * @param objectKind     {@link #IRI} or {@link #LITERAL} ({@code blank} for a blank node, which Parley never
 *                       writes)
 * @param objectDatatype the literal's datatype IRI; null for an IRI
 * @param objectLang     the literal's language tag; null for an IRI or a literal without one
 * @param objectLabel    the object's label in the article's graph when it is an IRI, or null
 * @param article        {@code parley:inArticle}, the article's IRI (also the graph's name)
 * @param published      the article's {@code parley:published} date, or null
 * @param sentence       {@code parley:sentence}, the sentence's IRI, or null when the fact has none
 * @param sentenceIndex  the sentence's {@code parley:sentenceIndex}, or null
 * @param sentenceText   the sentence's {@code parley:text}, or null
 * @param mentionText    {@code parley:mentionText}, the words the fact rests on, or null
 * @param start          {@code parley:start} of the mention, or null
 * @param end            {@code parley:end} of the mention, or null
 * @param confidence     {@code parley:confidence} in [0,1], or null
 * @param extractor      {@code parley:extractor}, the stage that found the fact, or null
 */
public record Fact(String evidence, String subject, String subjectLabel, String predicate, String object,
                   String objectKind, String objectDatatype, String objectLang, String objectLabel, String article,
                   LocalDate published, String sentence, Integer sentenceIndex, String sentenceText,
                   String mentionText, Integer start, Integer end, Double confidence, String extractor)
        implements Serializable {
    /** {@link #objectKind()} of an IRI object. */
    public static final String IRI = "iri";
    /** {@link #objectKind()} of a literal object. */
    public static final String LITERAL = "literal";
    private static final long serialVersionUID = 1L;
}
