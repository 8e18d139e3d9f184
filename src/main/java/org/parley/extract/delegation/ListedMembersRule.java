package org.parley.extract.delegation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Members listed after a membership cue ("included", "alongside", "joined by") in the sentence
 * of a delegation, after it: every person from the first one after the cue on is a member.
 *
 * <p>Input: the context; output: members. Immutable and thread-safe.
 */
public final class ListedMembersRule implements DelegationRule {
    private static final Pattern MEMBERS_CUE = Pattern.compile(
            "\\b" + Lexicon.alternation("membership-cues", "members") + "\\b", Pattern.CASE_INSENSITIVE);
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
                Matcher m = MEMBERS_CUE.matcher(ctx.text.substring(mention.end(), p.span().start()));
                if (!m.find()) {
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
