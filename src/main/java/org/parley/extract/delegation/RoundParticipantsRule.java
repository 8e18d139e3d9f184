package org.parley.extract.delegation;

import org.parley.article.AgentKey;
import org.parley.article.Evidenced;
import org.parley.article.PersonMention;
import org.parley.article.RoundMention;

/**
 * The round's participants from the delegation's side: every participant of a draft's round
 * whose person mention gives the draft's country is a member (unless head or member already).
 *
 * <p>Input: the context; output: members. Immutable and thread-safe.
 */
public final class RoundParticipantsRule implements DelegationRule {
    /** A participant of the round from the delegation's country. */
    static final double PARTICIPANT = 0.6;

    @Override
    public void apply(DelegationContext ctx) {
        for (DelegationDraft d : ctx.drafts()) {
            if (d.round < 0) {
                continue;
            }
            RoundMention r = ctx.rounds.get(d.round);
            for (Evidenced<String> person : r.participants()) {
                PersonMention pm = ctx.personAt(person.span());
                if (pm != null && pm.countryCode() != null && d.side.key().equals(AgentKey.country(pm.countryCode()))
                        && d.isNew(pm.name())) {
                    d.members.add(new Evidenced<>(pm.name(), person.span(), PARTICIPANT));
                }
            }
        }
    }
}
