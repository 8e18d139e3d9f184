package org.parley.extract.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Heads of several delegations named after a fronted participle: "Heading the other delegations
 * are Turkish Cypriot leader Jane Roe, the foreign ministers of Spain and Italy, John Doe and Ann
 * Lee respectively, and UK Minister Max Muster." Each person named after the copula in that
 * sentence heads the delegation of the side paired with them by "respectively", else of the side
 * their title names right before them, else of their own country or organisation.
 *
 * <p>Input: the context; output: drafts with heads (a side's draft keeps a head it already has).
 * Immutable and thread-safe.
 */
public final class FrontedHeadsRule implements DelegationRule {
    private static final Pattern FRONTED = Pattern.compile("\\b" + Lexicon.alternation("leading-verbs", "fronted")
            + "\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?" + Lexicon.alternation("delegation-nouns", "team")
            + "\\s+" + Lexicon.alternation("leading-verbs", "auxiliaries") + "\\b", Pattern.CASE_INSENSITIVE);
    /** A person named among the heads after "Heading the delegations are". */
    static final double FRONTED_HEAD = 0.7;
    private final CommunitySide communities = new CommunitySide();
    private final RespectiveSides respective = new RespectiveSides();

    @Override
    public void apply(DelegationContext ctx) {
        Matcher m = FRONTED.matcher(ctx.text);
        while (m.find()) {
            int sentence = ctx.tv.sentenceOf(new Span(m.start(), m.end()));
            List<PersonMention> heads = new ArrayList<>();
            for (PersonMention p : ctx.persons) {
                if (p.span().start() >= m.end() && ctx.tv.sentenceOf(p.span()) == sentence) {
                    heads.add(p);
                }
            }
            for (PersonMention p : heads) {
                AgentRef side = sideOf(ctx, p, heads);
                if (side == null) {
                    continue;
                }
                DelegationDraft d = ctx.findOrOpen(side, p.span(), ctx.roundOf(p.span()));
                if (d.head == null) {
                    d.head = new Evidenced<>(p.name(), p.span(), FRONTED_HEAD);
                }
            }
        }
    }

    private AgentRef sideOf(DelegationContext ctx, PersonMention p, List<PersonMention> heads) {
        AgentRef paired = respective.sideOf(ctx, p, heads);
        if (paired != null) {
            return paired;
        }
        AgentRef titled = communities.resolve(ctx.text, ctx.sideBefore(p.span()));
        if (titled != null) {
            return titled;
        }
        String cc = ctx.countryOfPerson(p.name());
        if (cc != null) {
            return AgentRef.country(p.span(), p.text(), cc, cc, AgentRef.Form.NAME);
        }
        return p.affiliation() == null ? null
                : AgentRef.organization(p.span(), p.text(), p.affiliation(), AgentRef.Form.NAME);
    }
}
