package org.parley.extract.quote;

import org.parley.article.Quote;

/**
 * Continuation: a statement with no attribution of its own has the previous quote's speaker
 * when it continues that quote from the previous paragraph, or follows it in the same paragraph
 * with no other person mentioned in between.
 *
 * <p>Input: the context, the previous attributed quote and a segment; output: whether the
 * segment continues it. Stateless and thread-safe.
 */
public final class ContinuationRule {
    /**
     * @param ctx      the article's context
     * @param previous the previous attributed quote
     * @param seg      a segment after it
     * @return whether the segment continues the previous quote's statement
     */
    public boolean continues(QuoteContext ctx, Quote previous, Segment seg) {
        if (seg.continuation()) {
            return true;
        }
        int from = previous.span().end();
        String between = ctx.text().substring(from, seg.open());
        if (between.indexOf('\n') >= 0) {
            return false;
        }
        for (Candidate c : ctx.candidates()) {
            if (!c.pronoun() && c.span().start() >= from && c.span().end() <= seg.open()
                    && !c.span().equals(previous.speakerSpan())) {
                return false;
            }
        }
        return true;
    }
}
