package org.parley.extract;

import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.extract.delegation.DelegationContext;
import org.parley.extract.delegation.DelegationRule;
import org.parley.extract.delegation.EntourageRule;
import org.parley.extract.delegation.FrontedHeadsRule;
import org.parley.extract.delegation.HeadOfRule;
import org.parley.extract.delegation.HeadRoleRule;
import org.parley.extract.delegation.LeadersOfDelegationsRule;
import org.parley.extract.delegation.LedByRule;
import org.parley.extract.delegation.ListedHeadsRule;
import org.parley.extract.delegation.ListedMembersRule;
import org.parley.extract.delegation.RoundParticipantsRule;
import org.parley.extract.delegation.TeamNounRule;
import org.parley.extract.delegation.WhosWhoRule;
import org.parley.extract.relevance.RelevanceGate;
import org.parley.nlp.Stage;

/**
 * Finds delegations (negotiating teams of one side) and who heads and belongs to them.
 *
 * <p>A delegation is named by a side before a team noun ("the Russian delegation", "Russia and
 * Ukraine’s delegations", "Ukrainian negotiators") or after it ("delegations from Ukraine and
 * Russia", "the delegation of Turkey"). Its head is a person whose role says so ("Vladimir
 * Medinsky, the head of the Russian delegation", "Top Russian negotiator X", "the delegation,
 * led by X"); its members are the round's participants from the same side and people listed after
 * "including". A delegation takes part in the round whose sentences mention it, else in the
 * article's nearest earlier round.
 *
 * <p>Rules (package {@code org.parley.extract.delegation}), in this order, each seeing what the
 * earlier ones found (the first head found stands):
 * <ol>
 *   <li>{@link TeamNounRule}: team nouns and their sides, "his delegation", "their country's
 *       delegation";</li>
 *   <li>{@link HeadRoleRule}: persons whose role names a head or negotiator (side from their
 *       country, else from their title: "Iran's chief negotiator X");</li>
 *   <li>{@link HeadOfRule}: "the head of the Russian delegation, Deputy Minister X";</li>
 *   <li>{@link LedByRule}: "led by X", "a team of Special Envoy X", "X led the delegation";</li>
 *   <li>{@link ListedHeadsRule}: "..., Hungary - Deputy Minister X, ...";</li>
 *   <li>{@link FrontedHeadsRule}: "Heading the other delegations are A, B and C";</li>
 *   <li>{@link LeadersOfDelegationsRule}: titled people named with side-less "delegations";</li>
 *   <li>{@link EntourageRule}: "X was accompanied by A and B" (X heads, A and B are members);</li>
 *   <li>{@link ListedMembersRule}: people after "included", "alongside";</li>
 *   <li>{@link WhosWhoRule}: list lines under a heading that names the delegation;</li>
 *   <li>{@link RoundParticipantsRule}: the round's participants from the side.</li>
 * </ol>
 *
 * <p>Last, {@link RelevanceGate} keeps only the delegations told in text about diplomatic
 * negotiation.
 *
 * <p>Requires POS, AGENTS, PERSONS, ROUNDS, RELEVANCE, ARTICLE_RELEVANCE; provides DELEGATIONS.
 * Thread-safe (stateless).
 */
public final class DelegationStage implements Stage {
    private final List<DelegationRule> rules = List.of(new TeamNounRule(), new HeadRoleRule(), new HeadOfRule(),
            new LedByRule(), new ListedHeadsRule(), new FrontedHeadsRule(), new LeadersOfDelegationsRule(),
            new EntourageRule(), new ListedMembersRule(), new WhosWhoRule(), new RoundParticipantsRule());

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.POS, Layers.AGENTS, Layers.PERSONS, Layers.ROUNDS, Layers.RELEVANCE,
                Layers.ARTICLE_RELEVANCE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DELEGATIONS);
    }

    @Override
    public void process(Article article) {
        DelegationContext ctx = new DelegationContext(article);
        for (DelegationRule rule : rules) {
            rule.apply(ctx);
        }
        article.put(Layers.DELEGATIONS, RelevanceGate.delegations(article, ctx.mentions()));
    }
}
