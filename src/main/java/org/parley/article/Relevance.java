package org.parley.article;

/**
 * How much one sentence of an article reports negotiation between states, governments, armed
 * groups or their envoys (the {@link Layers#RELEVANCE} layer holds one per sentence, in sentence
 * order; the article as a whole has its score in {@link Layers#ARTICLE_RELEVANCE}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param sentence index of the sentence among the article's sentences, from 0
 * @param span     characters of the sentence
 * @param score    how surely the sentence speaks of diplomatic negotiation, in [0,1]: the
 *                 classifier's probability, raised to the article's score for a sentence that
 *                 names no other domain
 */
public record Relevance(int sentence, Span span, double score) {

    /** Validates the fields. */
    public Relevance {
        if (sentence < 0 || !(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("invalid relevance of sentence " + sentence + ": " + score);
        }
    }
}
