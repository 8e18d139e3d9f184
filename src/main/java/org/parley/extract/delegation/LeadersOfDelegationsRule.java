package org.parley.extract.delegation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Leaders and envoys at the head of their side's team when the text speaks of the delegations
 * together: "President Jane Roe and Prime Minister John Doe met, joined later by their
 * delegations". A plural team noun with no side of its own makes each titled person of its
 * sentence with a known country, and in no delegation yet, head that country's delegation (when it
 * has no head yet).
 *
 * <p>Input: the context; output: drafts with heads. Immutable and thread-safe.
 */
public final class LeadersOfDelegationsRule implements DelegationRule {
    private static final Set<String> PLURAL = Lexicon.words("delegation-nouns", "plural");
    /** A titled person of a country named with the side-less delegations heads its own. */
    static final double LEADER_HEAD = 0.6;
    private static final Set<String> PREPOSITIONS = Lexicon.words("delegation-nouns", "side-prepositions");
    private final TeamSides teamSides = new TeamSides();

    @Override
    public void apply(DelegationContext ctx) {
        TokenView tv = ctx.tv;
        for (int i = 0; i < tv.size(); i++) {
            if (tv.masked(i) || !PLURAL.contains(tv.lower(i)) || !teamSides.sides(ctx, i).isEmpty()
                    || i + 1 < tv.size() && PREPOSITIONS.contains(tv.lower(i + 1))) {
                continue;
            }
            int sentence = tv.get(i).sentence();
            Map<String, PersonMention> leaders = new LinkedHashMap<>();
            for (PersonMention p : ctx.persons) {
                String cc = ctx.countryOfPerson(p.name());
                if (tv.sentenceOf(p.span()) == sentence && p.role() != null && cc != null && !ctx.inAnyDraft(p.name())) {
                    leaders.putIfAbsent(cc, p);
                }
            }
            for (Map.Entry<String, PersonMention> e : leaders.entrySet()) {
                head(ctx, e.getKey(), e.getValue(), i);
            }
        }
    }

    private static void head(DelegationContext ctx, String cc, PersonMention p, int team) {
        AgentRef side = AgentRef.country(p.span(), p.text(), cc, cc, AgentRef.Form.NAME);
        DelegationDraft d = ctx.findOrOpen(side, ctx.tv.get(team).span(), ctx.roundOf(p.span()));
        if (d.head == null) {
            d.head = new Evidenced<>(p.name(), p.span(), LEADER_HEAD);
        }
    }
}
