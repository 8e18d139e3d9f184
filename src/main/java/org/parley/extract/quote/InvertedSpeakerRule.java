package org.parley.extract.quote;

import java.util.regex.Pattern;

/**
 * A speaker after the speech verb ("said Jane Roe", "said Foreign Minister Jane Roe"): the first
 * named candidate after the verb, when only capitalised title words lie between them.
 *
 * <p>Input: the context, the verb's end and a limit offset; output: the speaker or null.
 * Stateless and thread-safe.
 */
public final class InvertedSpeakerRule {
    private static final Pattern TITLE_GAP = Pattern.compile("\\s*(?:(?:the|The)\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,5}");

    /**
     * @param ctx     the article's context
     * @param verbEnd the end of the speech verb
     * @param limit   the offset the speaker must end before
     * @return the speaker, or null
     */
    public Speaker find(QuoteContext ctx, int verbEnd, int limit) {
        for (Candidate c : ctx.candidates()) {
            if (c.span().start() >= verbEnd && c.span().end() <= limit && !c.pronoun()) {
                return TITLE_GAP.matcher(ctx.text().substring(verbEnd, c.span().start())).matches()
                        ? ctx.speaker(c, Speaker.NAMED) : null;
            }
        }
        return null;
    }
}
