package org.parley.extract.quote;

import org.parley.article.Span;

/**
 * Who a quote rests on.
 *
 * @param span       the mention's span (a name, pronoun or role phrase)
 * @param name       the person's name
 * @param confidence how sure the attribution is (one of the constants below)
 */
public record Speaker(Span span, String name, double confidence) {
    /** A person named right at the quote ("..., Jane Roe said"). */
    public static final double NAMED = 0.9;
    /** A pronoun or role phrase resolved to a person ("he said", "the Turkish minister said"). */
    public static final double INDIRECT = 0.75;
    /** No attribution of its own: the speaker of the statement it continues. */
    public static final double CONTINUED = 0.6;
}
