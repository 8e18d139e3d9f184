package org.parley.extract.delegation;

import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;

/**
 * "Jane Roe's team included ...": a team noun right after a person's possessive is that person's
 * delegation, headed by them, for the side of their country (from any mention of them, else from
 * the title right before them: "Austria's envoy Jane Roe's team"). No side, no delegation.
 *
 * <p>Input: the context and a team noun's token with no side of its own; output: a draft with a
 * head. Immutable and thread-safe.
 */
public final class PossessorRule {
    /** The person whose team it is heads it. */
    static final double POSSESSOR_HEAD = 0.7;

    /**
     * @param ctx  the article's context
     * @param team the team noun's token
     * @return whether a person's possessive stood before the team noun and made a draft
     */
    public boolean apply(DelegationContext ctx, int team) {
        TokenView tv = ctx.tv;
        if (team <= 0 || !tv.possessiveAfter(team - 1) && !tv.possessive(team - 1)) {
            return false;
        }
        int owner = tv.possessive(team - 1) && tv.word(team - 1).isEmpty() ? team - 2 : team - 1;
        PersonMention p = owner < 0 ? null : personEndingAt(ctx, tv.get(owner).span().start());
        if (p == null) {
            return false;
        }
        AgentRef side = sideOf(ctx, p);
        if (side == null) {
            return false;
        }
        DelegationDraft d = ctx.findOrOpen(side, p.span().union(tv.get(team).span()), ctx.roundOf(p.span()));
        if (d.head == null) {
            d.head = new Evidenced<>(p.name(), p.span(), POSSESSOR_HEAD);
        }
        d.mentions.add(tv.get(team).span());
        return true;
    }

    private static PersonMention personEndingAt(DelegationContext ctx, int tokenStart) {
        for (PersonMention p : ctx.persons) {
            if (p.span().start() <= tokenStart && p.span().end() > tokenStart) {
                return p;
            }
        }
        return null;
    }

    /** The side of a person's country, from any mention of them, else the side named before them; or null. */
    static AgentRef sideOf(DelegationContext ctx, PersonMention p) {
        String cc = ctx.countryOfPerson(p.name());
        if (cc != null) {
            return AgentRef.country(p.span(), p.text(), cc, cc, AgentRef.Form.NAME);
        }
        return ctx.sideBefore(p.span());
    }
}
