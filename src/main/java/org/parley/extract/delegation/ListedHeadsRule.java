package org.parley.extract.delegation;

import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;

/**
 * An elliptical list after a head: "The Austrian delegation is headed by Jane Roe, Hungary -
 * Deputy Minister John Doe, Slovakia - Ann Lee." Each country (by name, in the head's sentence)
 * after a comma, semicolon or "and" and before a dash heads a delegation of its own (when that
 * side has none yet), led by the next person named.
 *
 * <p>Input: the context; output: new drafts with heads. Immutable and thread-safe.
 */
public final class ListedHeadsRule implements DelegationRule {
    private static final Pattern LIST_SIDE = Pattern.compile("^\\s*(?:,|;|and)\\s*$");
    private static final Pattern LIST_DASH = Pattern.compile("^\\s*[-–—:]\\s*");
    /** A head named after a country and a dash in a list of heads. */
    static final double LISTED_HEAD = 0.7;

    @Override
    public void apply(DelegationContext ctx) {
        for (DelegationDraft d : ctx.drafts()) {
            if (d.head != null && d.head.span().start() >= d.span.end()) {
                list(ctx, d);
            }
        }
    }

    private static void list(DelegationContext ctx, DelegationDraft d) {
        TokenView tv = ctx.tv;
        int sentence = tv.sentenceOf(d.head.span());
        int cursor = d.head.span().end();
        while (true) {
            AgentRef next = nextCountry(ctx, cursor, sentence);
            if (next == null || !LIST_SIDE.matcher(ctx.text.substring(cursor, next.span().start())).matches()
                    || !LIST_DASH.matcher(ctx.text.substring(next.span().end())).lookingAt()) {
                return;
            }
            PersonMention head = null;
            for (PersonMention p : ctx.persons) {
                if (p.span().start() > next.span().end() && tv.sentenceOf(p.span()) == sentence) {
                    head = p;
                    break;
                }
            }
            if (head == null) {
                return;
            }
            int round = ctx.roundOf(next.span());
            if (ctx.find(next.key(), round) == null) {
                ctx.exact(next, next.span(), round).head = new Evidenced<>(head.name(), head.span(), LISTED_HEAD);
            }
            cursor = head.span().end();
        }
    }

    private static AgentRef nextCountry(DelegationContext ctx, int cursor, int sentence) {
        for (AgentRef a : ctx.agents) {
            if (a.span().start() >= cursor && a.kind() == AgentRef.Kind.COUNTRY
                    && a.form() == AgentRef.Form.NAME && ctx.tv.sentenceOf(a.span()) == sentence) {
                return a;
            }
        }
        return null;
    }
}
