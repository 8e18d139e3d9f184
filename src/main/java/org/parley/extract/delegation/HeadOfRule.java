package org.parley.extract.delegation;

import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Heads in apposition after "the head of" a delegation, for drafts with no head yet: "the head
 * of the Russian delegation, Deputy Minister Jane Roe", "the co-chair of the delegation
 * representing the regime, the lawyer Jane Roe". The person must follow a comma and at most a
 * few title words.
 *
 * <p>Input: the context; output: heads. Immutable and thread-safe.
 */
public final class HeadOfRule implements DelegationRule {
    private static final Pattern HEAD_OF = Pattern.compile(
            "\\b" + Lexicon.alternation("delegation-heads", "head-of") + "$", Pattern.CASE_INSENSITIVE);
    /** A comma, then at most six title words, before the person. */
    private static final Pattern APPOSITION = Pattern.compile("\\s*,\\s*(?:[\\p{L}.'’-]+\\s+){0,6}");
    /** The person in apposition after "the head of the delegation". */
    static final double APPOSED_HEAD = 0.8;
    /** How far before the delegation (in characters) "the head of" is looked for. */
    private static final int HEAD_REACH = 40;

    @Override
    public void apply(DelegationContext ctx) {
        for (DelegationDraft d : ctx.drafts()) {
            for (Span mention : d.mentionSpans()) {
                if (d.head == null && headOf(ctx.text, mention)) {
                    PersonMention p = firstAfter(ctx, mention);
                    if (p != null && APPOSITION.matcher(ctx.text.substring(mention.end(), p.span().start())).matches()) {
                        d.head = new Evidenced<>(p.name(), p.span(), APPOSED_HEAD);
                    }
                }
            }
        }
    }

    private static boolean headOf(String text, Span mention) {
        return HEAD_OF.matcher(text.substring(Math.max(0, mention.start() - HEAD_REACH), mention.start())).find();
    }

    private static PersonMention firstAfter(DelegationContext ctx, Span mention) {
        for (PersonMention p : ctx.persons) {
            if (p.span().start() >= mention.end()) {
                return p;
            }
        }
        return null;
    }
}
