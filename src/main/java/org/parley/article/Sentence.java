package org.parley.article;

/**
 * One sentence of an article.
 *
 * @param index position among the article's sentences, from 0
 * @param span  characters of the sentence
 */
public record Sentence(int index, Span span) {
}
