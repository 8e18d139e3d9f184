package org.parley.extract.delegation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.PersonMention;
import org.parley.extract.lexicon.Lexicon;

/**
 * "the foreign ministers of Spain and Italy, Jane Roe and John Doe respectively": people listed
 * before "respectively" take, in order, the countries listed just before them in the sentence.
 *
 * <p>Input: the context, a person and the persons of its sentence in text order; output: the
 * paired country or null. Immutable and thread-safe.
 */
public final class RespectiveSides {
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*,?\\s*" + Lexicon.alternation("respective-markers", "markers") + "\\b", Pattern.CASE_INSENSITIVE);
    /** What may lie between two listed names or sides. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,\\s*)?(?:and\\s+)?");
    /** What may lie between the last side and the first person ("Spain and Italy, Jane Roe"). */
    private static final Pattern LEAD_GAP = Pattern.compile("\\s*,\\s*");

    /**
     * @param ctx     the article's context
     * @param person  the person to pair
     * @param persons persons of the same sentence, in text order, including {@code person}
     * @return the country paired with the person, or null
     */
    public AgentRef sideOf(DelegationContext ctx, PersonMention person, List<PersonMention> persons) {
        int at = persons.indexOf(person);
        int first = at;
        while (first > 0 && gap(ctx, persons.get(first - 1).span().end(), persons.get(first).span().start())) {
            first--;
        }
        int last = at;
        while (last + 1 < persons.size() && gap(ctx, persons.get(last).span().end(), persons.get(last + 1).span().start())) {
            last++;
        }
        if (first == last || !MARKER.matcher(ctx.text.substring(persons.get(last).span().end())).lookingAt()) {
            return null;
        }
        List<AgentRef> sides = sidesBefore(ctx, persons.get(first).span().start(), last - first + 1);
        return sides == null ? null : sides.get(at - first);
    }

    private static boolean gap(DelegationContext ctx, int from, int to) {
        return from <= to && LIST_GAP.matcher(ctx.text.substring(from, to)).matches();
    }

    /** The n countries listed right before the offset, in text order, or null. */
    private static List<AgentRef> sidesBefore(DelegationContext ctx, int offset, int n) {
        List<AgentRef> before = new ArrayList<>();
        for (AgentRef a : ctx.agents) {
            if (a.span().end() <= offset && a.kind() == AgentRef.Kind.COUNTRY) {
                before.add(a);
            }
        }
        if (before.size() < n) {
            return null;
        }
        List<AgentRef> sides = before.subList(before.size() - n, before.size());
        if (!LEAD_GAP.matcher(ctx.text.substring(sides.get(n - 1).span().end(), offset)).matches()) {
            return null;
        }
        for (int i = 1; i < n; i++) {
            if (!gap(ctx, sides.get(i - 1).span().end(), sides.get(i).span().start())) {
                return null;
            }
        }
        return List.copyOf(sides);
    }
}
