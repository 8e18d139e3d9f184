package org.parley.extract.delegation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Heads named by a leading verb, for drafts with no head yet: "the Russian delegation, led by
 * Jane Roe" (the first person after the delegation, with the passive between); "a team of United
 * Nations Special Envoy Jane Roe" (only a title between a side named after the team noun and the
 * person); "Jane Roe ... led the Saudi delegation" (the nearest person before the verb, in the
 * same sentence).
 *
 * <p>Input: the context; output: heads. Immutable and thread-safe.
 */
public final class LedByRule implements DelegationRule {
    private static final Pattern LED_BY = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:" + Lexicon.alternation("leading-verbs", "auxiliaries") + "\\s+)?(?:co-)?"
                    + Lexicon.alternation("leading-verbs", "passive") + " by\\b[^.;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADS = Pattern.compile(
            "\\b" + Lexicon.alternation("leading-verbs", "active") + "\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_GAP = Pattern.compile(
            "(?:\\s*(?:\\p{Lu}[\\p{L}.-]*|" + Lexicon.alternation("delegation-heads", "title-joiners") + "))*\\s*");
    /** The head named by a passive right after the delegation ("led by Jane Roe"). */
    static final double LED_BY_HEAD = 0.8;
    /** The person right after "a team of" and an official's title. */
    static final double TITLED_HEAD = 0.7;
    /** The subject of an active leading verb before the delegation ("Jane Roe led the team"). */
    static final double LEADER_SUBJECT = 0.75;
    /** How far after the delegation (in characters) the first person is looked for. */
    private static final int AFTER_REACH = 160;
    /** How far before the delegation (in characters) the active verb is looked for. */
    private static final int VERB_REACH = 40;
    /** How far before the verb (in characters) its subject may end. */
    private static final int SUBJECT_REACH = 200;

    @Override
    public void apply(DelegationContext ctx) {
        for (DelegationDraft d : ctx.drafts()) {
            for (Span mention : d.mentionSpans()) {
                if (d.head == null) {
                    after(ctx, d, mention);
                }
                if (d.head == null) {
                    before(ctx, d, mention);
                }
            }
        }
    }

    private static void after(DelegationContext ctx, DelegationDraft d, Span mention) {
        String text = ctx.text;
        int end = Math.min(text.length(), mention.end() + AFTER_REACH);
        boolean sideAfter = d.side.span().start() > mention.start();
        for (PersonMention p : ctx.persons) {
            if (p.span().start() >= mention.end() && p.span().start() < end) {
                String gap = text.substring(mention.end(), p.span().start());
                if (LED_BY.matcher(gap).find()) {
                    d.head = new Evidenced<>(p.name(), p.span(), LED_BY_HEAD);
                } else if (sideAfter && TITLE_GAP.matcher(gap).matches()) {
                    d.head = new Evidenced<>(p.name(), p.span(), TITLED_HEAD);
                }
                return;
            }
        }
    }

    private static void before(DelegationContext ctx, DelegationDraft d, Span mention) {
        String text = ctx.text;
        int from = Math.max(0, mention.start() - VERB_REACH);
        Matcher leads = LEADS.matcher(text.substring(from, mention.start()));
        if (!leads.find()) {
            return;
        }
        int verb = from + leads.start();
        PersonMention subject = null;
        for (PersonMention p : ctx.persons) {
            if (p.span().end() <= verb && verb - p.span().end() < SUBJECT_REACH
                    && !text.substring(p.span().end(), verb).contains(".")) {
                subject = p;
            }
        }
        if (subject != null) {
            d.head = new Evidenced<>(subject.name(), subject.span(), LEADER_SUBJECT);
        }
    }
}
