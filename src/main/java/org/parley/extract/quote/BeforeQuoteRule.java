package org.parley.extract.quote;

import java.util.regex.Matcher;
import org.parley.article.Sentence;

/**
 * Attribution before the opening mark, in the sentence holding it: the last speech verb at most
 * twelve words before the mark, and the last speaker candidate before that verb ("Jane Roe said:
 * “...”", "Jane Roe told reporters “...”"), else one right after the verb ({@link InvertedSpeakerRule}).
 *
 * <p>Input: the context and a segment; output: the speaker or null. Immutable and thread-safe.
 */
public final class BeforeQuoteRule {
    /** At most this many words between the speech verb and the opening mark. */
    private static final int BEFORE_VERB_WORDS = 12;

    private final InvertedSpeakerRule inverted;

    /** @param inverted the rule for a speaker after the verb */
    public BeforeQuoteRule(InvertedSpeakerRule inverted) {
        this.inverted = inverted;
    }

    /**
     * @param ctx the article's context
     * @param seg a segment
     * @return the speaker, or null
     */
    public Speaker find(QuoteContext ctx, Segment seg) {
        Sentence sentence = ctx.sentenceAt(seg.open());
        if (sentence == null || sentence.span().start() >= seg.open()) {
            return null;
        }
        int from = sentence.span().start();
        Matcher verb = SpeechVerbs.PATTERN.matcher(ctx.text()).region(from, seg.open());
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            verbStart = verb.start();
            verbEnd = verb.end();
        }
        if (verbStart < 0 || Statements.words(ctx.text().substring(verbEnd, seg.open())) > BEFORE_VERB_WORDS) {
            return null;
        }
        Candidate subject = null;
        for (Candidate c : ctx.candidates()) {
            if (c.span().start() >= from && c.span().end() <= verbStart) {
                subject = c;
            }
        }
        if (subject != null) {
            return ctx.speaker(subject, Speaker.NAMED);
        }
        return inverted.find(ctx, verbEnd, seg.open());
    }
}
