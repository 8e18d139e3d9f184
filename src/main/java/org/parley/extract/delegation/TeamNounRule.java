package org.parley.extract.delegation;

import java.util.List;
import org.parley.article.AgentRef;
import org.parley.article.Span;
import org.parley.extract.TokenView;

/**
 * Delegations named by a team noun and its sides ({@link TeamSides}): one draft per side (a
 * country, or an organisation by name) and round. A team noun with no side of its own goes to
 * {@link PossessorRule} when a person's possessive precedes it ("Jane Roe's team"), else to
 * {@link LeaderTeamRule} when a leading verb names its leader ("a delegation led by Jane Roe"),
 * else to {@link OwnerPronounRule} ("his delegation"), in text order with the others.
 *
 * <p>Input: the context; output: new drafts. Immutable and thread-safe.
 */
public final class TeamNounRule implements DelegationRule {
    private final TeamSides teamSides = new TeamSides();
    private final OwnerPronounRule owners = new OwnerPronounRule();
    private final PossessorRule possessors = new PossessorRule();
    private final LeaderTeamRule leaders = new LeaderTeamRule();

    @Override
    public void apply(DelegationContext ctx) {
        TokenView tv = ctx.tv;
        for (int i = 0; i < tv.size(); i++) {
            if (tv.masked(i) || !TeamSides.isTeamNoun(tv.lower(i))) {
                continue;
            }
            List<AgentRef> sides = teamSides.sides(ctx, i);
            if (sides.isEmpty() && !possessors.apply(ctx, i) && !leaders.apply(ctx, i)) {
                owners.apply(ctx, i);
            }
            for (AgentRef side : sides) {
                if (side.kind() == AgentRef.Kind.COUNTRY || side.form() == AgentRef.Form.NAME) {
                    Span span = tv.get(i).span().union(side.span());
                    DelegationDraft d = ctx.exact(side, span, ctx.roundOf(span));
                    if (!d.mentions.contains(span)) {
                        d.mentions.add(span);
                    }
                }
            }
        }
    }
}
