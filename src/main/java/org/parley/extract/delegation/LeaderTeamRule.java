package org.parley.extract.delegation;

import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * A team noun with no side of its own whose leader is named: "a high-level delegation, headed by
 * Foreign Minister Jane Roe," (the first person after it, with a passive leading verb between) or
 * "President Jane Roe is leading a high-level delegation" (the nearest person before an active
 * leading verb, in the same sentence). The leader heads it, for the side of their country; "the
 * government delegation" of a leader with no known country is the government of the country the
 * article names most; otherwise a leader with no known country makes no delegation.
 *
 * <p>Input: the context and a team noun's token with no side of its own; output: a draft with a
 * head. Immutable and thread-safe.
 */
public final class LeaderTeamRule {
    /** The leader named by a leading verb heads the team. */
    static final double LEADER_HEAD = 0.7;
    private static final Pattern LED_BY = Pattern.compile("^\\s*,?\\s*(?:" + Lexicon.alternation("leading-verbs", "auxiliaries")
            + "\\s+)?(?:co-)?" + Lexicon.alternation("leading-verbs", "passive") + " by\\s+(?:\\p{L}+\\s+){0,5}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADS = Pattern.compile("\\b" + Lexicon.alternation("leading-verbs", "active")
            + "\\s+(?:a|an|the|his|her|their)?\\s*(?:[\\p{L}-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    private static final String GOVERNMENT = "government";
    /** How far after the team noun (in characters) its leader may be named. */
    private static final int AFTER_REACH = 90;
    /** How far before the team noun (in characters) the active verb may stand. */
    private static final int VERB_REACH = 50;

    /**
     * @param ctx  the article's context
     * @param team the team noun's token
     * @return whether a leader was found and made a draft
     */
    public boolean apply(DelegationContext ctx, int team) {
        TokenView tv = ctx.tv;
        Span noun = tv.get(team).span();
        PersonMention leader = after(ctx, noun);
        if (leader == null) {
            leader = before(ctx, noun);
        }
        AgentRef side = leader == null ? null : PossessorRule.sideOf(ctx, leader);
        if (leader != null && side == null && team > 0 && tv.lower(team - 1).equals(GOVERNMENT)) {
            side = governmentSide(ctx, leader);
        }
        if (side == null || side.kind() != AgentRef.Kind.COUNTRY) {
            return false;
        }
        DelegationDraft d = ctx.findOrOpen(side, noun, ctx.roundOf(noun));
        if (d.head == null) {
            d.head = new Evidenced<>(leader.name(), leader.span(), LEADER_HEAD);
        }
        d.mentions.add(noun);
        return true;
    }

    /** The government of the country the article names most, for "the government delegation". */
    private static AgentRef governmentSide(DelegationContext ctx, PersonMention leader) {
        String code = GovernmentSide.mostNamed(ctx);
        return code == null ? null : AgentRef.country(leader.span(), leader.text(), code, code, AgentRef.Form.NAME);
    }

    private static PersonMention after(DelegationContext ctx, Span noun) {
        for (PersonMention p : ctx.persons) {
            if (p.span().start() >= noun.end() && p.span().start() - noun.end() < AFTER_REACH) {
                return LED_BY.matcher(ctx.text.substring(noun.end(), p.span().start())).find() ? p : null;
            }
        }
        return null;
    }

    private static PersonMention before(DelegationContext ctx, Span noun) {
        int from = Math.max(0, noun.start() - VERB_REACH);
        var leads = LEADS.matcher(ctx.text.substring(from, noun.start()));
        if (!leads.find()) {
            return null;
        }
        int verb = from + leads.start();
        PersonMention subject = null;
        for (PersonMention p : ctx.persons) {
            if (p.span().end() <= verb && ctx.tv.sentenceOf(p.span()) == ctx.tv.sentenceOf(noun)) {
                subject = p;
            }
        }
        return subject;
    }
}
