package org.parley.article;

/**
 * A direct quote attributed to a speaker.
 *
 * @param span        characters of the quoted text, without the quotation marks
 * @param text        the quoted words
 * @param speakerSpan characters of the speaker's mention that the attribution rests on
 *                    (the name, or the pronoun "he" resolved to a name)
 * @param speaker     the speaker's full name in this article
 * @param confidence  in [0,1]
 */
public record Quote(Span span, String text, Span speakerSpan, String speaker, double confidence) {
}
