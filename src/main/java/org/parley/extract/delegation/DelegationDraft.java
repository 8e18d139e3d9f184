package org.parley.extract.delegation;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.AgentRef;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Span;

/**
 * A delegation being assembled by the rules: its evidence span, side, head, members and round.
 *
 * <p>Mutable; confined to the thread processing one article.
 */
public final class DelegationDraft {
    final Span span;
    final AgentRef side;
    final int round;
    Evidenced<String> head;
    final List<Evidenced<String>> members = new ArrayList<>();
    /** Every team-noun phrase that names this delegation, in text order (the first is {@link #span}). */
    final List<Span> mentions = new ArrayList<>();

    DelegationDraft(Span span, AgentRef side, int round) {
        this.span = span;
        this.side = side;
        this.round = round;
    }

    /** @return the phrases naming this delegation, or its evidence span when none was recorded */
    List<Span> mentionSpans() {
        return mentions.isEmpty() ? List.of(span) : List.copyOf(mentions);
    }

    /** @return whether the person is neither the head nor a member yet */
    boolean isNew(String name) {
        return (head == null || !head.value().equals(name)) && !isMember(name);
    }

    /** @return whether the person is a member already */
    boolean isMember(String name) {
        return members.stream().anyMatch(m -> m.value().equals(name));
    }

    /** @return the finished delegation */
    public DelegationMention toMention() {
        return new DelegationMention(span, side, head, List.copyOf(members), round);
    }
}
