package org.parley.extract.delegation;

import java.util.regex.Pattern;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;

/**
 * A heading that names a delegation ("Who's who in the Maltese delegation?") followed by list
 * lines that each start with a person ("• Jane Roe: ..."): the people are its members, and the
 * first one listed heads it when nothing else names a head. Up to one short line may lie between
 * entries; the list ends at the first line that starts otherwise.
 *
 * <p>Input: the context; output: heads and members. Immutable and thread-safe.
 */
public final class WhosWhoRule implements DelegationRule {
    /** The rest of a heading line after the delegation's name. */
    private static final Pattern HEADING_END = Pattern.compile("[^.!\\n]{0,20}[?:]\\s*");
    /** Bullet and space before a list entry's name. */
    private static final Pattern ENTRY_START = Pattern.compile("[\\s•·*▪‣◦–-]*");
    /** The lines allowed between entries. */
    private static final Pattern ENTRY_GAP = Pattern.compile("(?:\\n[^\\n]{0,40})*\\n?");
    /** The first person listed under the heading, when nothing else names a head. */
    static final double FIRST_LISTED_HEAD = 0.6;
    /** A further person listed under the heading. */
    static final double LISTED_ENTRY = 0.6;

    @Override
    public void apply(DelegationContext ctx) {
        String text = ctx.text;
        for (DelegationDraft d : ctx.drafts()) {
            int lineEnd = text.indexOf('\n', d.span.end());
            if (lineEnd < 0 || !HEADING_END.matcher(text.substring(d.span.end(), lineEnd)).matches()) {
                continue;
            }
            int cursor = lineEnd;
            for (PersonMention p : ctx.persons) {
                if (p.span().start() < cursor) {
                    continue;
                }
                int lineStart = text.lastIndexOf('\n', p.span().start() - 1) + 1;
                String before = text.substring(lineStart, p.span().start());
                String gap = text.substring(cursor, lineStart);
                if (!ENTRY_START.matcher(before).matches() || !ENTRY_GAP.matcher(gap).matches()) {
                    if (p.span().start() > cursor && !text.substring(cursor, p.span().start()).contains("\n")) {
                        continue;
                    }
                    break;
                }
                if (d.head == null) {
                    d.head = new Evidenced<>(p.name(), p.span(), FIRST_LISTED_HEAD);
                } else if (d.isNew(p.name())) {
                    d.members.add(new Evidenced<>(p.name(), p.span(), LISTED_ENTRY));
                }
                int next = text.indexOf('\n', p.span().end());
                cursor = next < 0 ? text.length() : next;
            }
        }
    }
}
