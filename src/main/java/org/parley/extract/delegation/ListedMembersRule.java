package org.parley.extract.delegation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Members listed after a membership cue ("included", "alongside", "joined by") in the sentence
 * of a delegation, after it, or after a copula right after the team noun ("Others in the Valmoran
 * delegation are Jane Roe and John Doe"): every person from the first one after the cue on is a
 * member.
 *
 * <p>Input: the context; output: members. Immutable and thread-safe.
 */
public final class ListedMembersRule implements DelegationRule {
    private static final Pattern MEMBERS_CUE = Pattern.compile(
            "\\b" + Lexicon.alternation("membership-cues", "members") + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern COPULA = Pattern.compile("^\\s*" + Lexicon.alternation("membership-cues", "copula")
            + "\\s+(?:[\\p{L}.-]+\\s+){0,6}$", Pattern.CASE_INSENSITIVE);
    /** A person named after a membership cue. */
    static final double LISTED_MEMBER = 0.6;

    @Override
    public void apply(DelegationContext ctx) {
        for (DelegationDraft d : ctx.drafts()) {
            for (Span mention : d.mentionSpans()) {
                members(ctx, d, mention);
            }
        }
    }

    private static void members(DelegationContext ctx, DelegationDraft d, Span mention) {
        int sentence = ctx.tv.sentenceOf(mention);
        boolean cued = false;
        for (PersonMention p : ctx.persons) {
            if (p.span().start() < mention.end() || ctx.tv.sentenceOf(p.span()) != sentence) {
                continue;
            }
            if (!cued) {
                String gap = ctx.text.substring(mention.end(), p.span().start());
                Matcher m = MEMBERS_CUE.matcher(gap);
                if (!m.find() && !COPULA.matcher(gap).find()) {
                    continue;
                }
                cued = true;
            }
            if (d.isNew(p.name())) {
                d.members.add(new Evidenced<>(p.name(), p.span(), LISTED_MEMBER));
            }
        }
    }
}
