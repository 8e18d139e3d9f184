package org.parley.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Attribution after the closing mark, on the same line: a speaker then a speech verb ("...,”
 * Jane Roe said", "he added", "the Turkish minister said") with at most six words (a title)
 * before the speaker and only an adverb after it; or a speech verb then a speaker ("...,” said
 * Jane Roe", see {@link InvertedSpeakerRule}).
 *
 * <p>Input: the context and a terminated segment; output: the speaker or null. Immutable and
 * thread-safe.
 */
public final class AfterQuoteRule {
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\s,.;:!?—–-]*");
    private static final Pattern SUBJECT_LEAD = Pattern.compile("[\\s,.;:!?—–-]*(?:[\\p{L}\\p{N}'’.-]+\\s+){0,6}");
    private static final Pattern ADVERB_GAP = Pattern.compile(
            "\\s*(?:(?:" + Lexicon.alternation("speech-adverbs", "between") + "|\\w+ly)\\s+)?");
    /** How far after the quote (in characters) the attribution is looked for. */
    private static final int AFTER_WINDOW = 150;
    /** How far after the quote (in characters) the speech verb may start. */
    private static final int AFTER_VERB_REACH = 60;

    private final InvertedSpeakerRule inverted;

    /** @param inverted the rule for a speaker after the verb */
    public AfterQuoteRule(InvertedSpeakerRule inverted) {
        this.inverted = inverted;
    }

    /**
     * @param ctx the article's context
     * @param seg a segment
     * @return the speaker, or null
     */
    public Speaker find(QuoteContext ctx, Segment seg) {
        if (!seg.terminated()) {
            return null;
        }
        String text = ctx.text();
        int from = seg.close() + 1;
        int nl = text.indexOf('\n', from);
        int to = Math.min(nl < 0 ? text.length() : nl, from + AFTER_WINDOW);
        for (Span q : ctx.quoted()) {
            if (q.start() >= from && q.start() < to) {
                to = q.start();
            }
        }
        Matcher verb = SpeechVerbs.PATTERN.matcher(text).region(from, to);
        if (!verb.find() || verb.start() - from > AFTER_VERB_REACH) {
            return null;
        }
        for (Candidate c : ctx.candidates()) {
            if (c.span().start() >= from && c.span().end() <= verb.start()
                    && SUBJECT_LEAD.matcher(text.substring(from, c.span().start())).matches()
                    && ADVERB_GAP.matcher(text.substring(c.span().end(), verb.start())).matches()) {
                return ctx.speaker(c, Speaker.NAMED);
            }
        }
        if (PUNCTUATION_ONLY.matcher(text.substring(from, verb.start())).matches()) {
            return inverted.find(ctx, verb.end(), to);
        }
        return null;
    }
}
