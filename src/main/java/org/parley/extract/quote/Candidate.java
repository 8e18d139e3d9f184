package org.parley.extract.quote;

import org.parley.article.Span;

/**
 * A speaker candidate in the text: a person mention, a pronoun or a resolved role phrase.
 *
 * @param span    where it is
 * @param name    the person's name; null for a pronoun (resolved when used)
 * @param pronoun whether it is a pronoun
 */
public record Candidate(Span span, String name, boolean pronoun) {
}
