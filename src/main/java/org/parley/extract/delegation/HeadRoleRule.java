package org.parley.extract.delegation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.extract.lexicon.Lexicon;

/**
 * Heads and members by role: a person of a country or organisation whose role names a
 * delegation's head or a negotiator ("Jane Roe, the head of the Russian delegation", "chief
 * negotiator Jane Roe") belongs to that side's delegation (opened when new). The first such chief
 * heads it; a plain "negotiator" only when "top", "chief" or "lead" comes shortly before.
 *
 * <p>Input: the context; output: drafts with heads and members. Immutable and thread-safe.
 */
public final class HeadRoleRule implements DelegationRule {
    private static final Pattern HEAD_ROLE = Pattern.compile(
            Lexicon.alternation("delegation-heads", "roles"), Pattern.CASE_INSENSITIVE);
    private static final List<String> CHIEF_MODIFIERS = Lexicon.entries("delegation-heads", "chief-modifiers");
    /** A person whose role says they head the side's delegation. */
    static final double HEAD_BY_ROLE = 0.8;
    /** A negotiator of the side who is not (or not first) its head. */
    static final double MEMBER_BY_ROLE = 0.6;
    /** How far before a plain "negotiator" (in characters) a chief modifier is looked for. */
    private static final int MODIFIER_REACH = 30;
    private static final String PLAIN_NEGOTIATOR = "negotiator";

    @Override
    public void apply(DelegationContext ctx) {
        for (PersonMention p : ctx.persons) {
            if (p.role() == null || !HEAD_ROLE.matcher(p.role()).find()) {
                continue;
            }
            AgentRef side = sideOf(ctx, p);
            if (side == null) {
                continue;
            }
            boolean chief = !p.role().equalsIgnoreCase(PLAIN_NEGOTIATOR) || isTopNegotiator(ctx.text, p);
            int round = ctx.roundOf(p.span());
            DelegationDraft d = ctx.findOrOpen(side, p.span(), round);
            if (chief && d.head == null) {
                d.head = new Evidenced<>(p.name(), p.span(), HEAD_BY_ROLE);
            } else if (!p.name().equals(d.head == null ? null : d.head.value())) {
                d.members.add(new Evidenced<>(p.name(), p.span(), MEMBER_BY_ROLE));
            }
        }
    }

    /** The person's own country or organisation, else the side their title names before them. */
    private static AgentRef sideOf(DelegationContext ctx, PersonMention p) {
        if (p.countryCode() != null) {
            return AgentRef.country(p.span(), p.text(), p.countryCode(), p.countryCode(), AgentRef.Form.NAME);
        }
        if (p.affiliation() != null) {
            return AgentRef.organization(p.span(), p.text(), p.affiliation(), AgentRef.Form.NAME);
        }
        return ctx.sideBefore(p.span());
    }

    private static boolean isTopNegotiator(String text, PersonMention p) {
        int from = Math.max(0, p.span().start() - MODIFIER_REACH);
        String before = text.substring(from, p.span().start()).toLowerCase(Locale.ROOT);
        return CHIEF_MODIFIERS.stream().anyMatch(w -> before.contains(w + " "));
    }
}
