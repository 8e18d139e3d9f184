package org.parley.extract.round;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;

/**
 * The dominant pair: the two parties that the most rounds of an article name. A round that
 * names fewer than two parties takes the pair's; a side of the pair that hosts a round is its
 * host, not a mediator between the sides; a mediator is no party.
 *
 * <p>Immutable after construction; {@link #settle} writes the draft it is given.
 */
public final class DominantPair {
    /** A party of the article's dominant pair added to a round that names fewer than two. */
    static final double PAIR_PARTY = 0.5;

    private final List<AgentKey> pair;

    private DominantPair(List<AgentKey> pair) {
        this.pair = pair;
    }

    /**
     * @param rounds the article's rounds
     * @return their dominant pair (none when fewer than two parties are named)
     */
    public static DominantPair of(List<RoundDraft> rounds) {
        Map<AgentKey, Integer> counts = new LinkedHashMap<>();
        for (RoundDraft b : rounds) {
            for (AgentKey k : distinctKeys(b.parties)) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        List<AgentKey> top = new ArrayList<>(counts.keySet());
        top.sort(Comparator.comparing((AgentKey k) -> -counts.get(k)));
        return new DominantPair(top.size() >= 2 ? List.copyOf(top.subList(0, 2)) : List.of());
    }

    /** @return the pair's keys, most named first; empty when there is no pair */
    public List<AgentKey> keys() {
        return pair;
    }

    /**
     * Settles a round's mediators and parties: drops hosting sides from its mediators and its
     * mediators from its parties, then completes its parties with the pair.
     *
     * @param b      the round
     * @param rounds all the article's rounds (where the pair's references are found)
     */
    public void settle(RoundDraft b, List<RoundDraft> rounds) {
        b.mediators.removeIf(m -> b.hosts.contains(m.value().key()) && pair.contains(m.value().key()));
        Set<AgentKey> mediatorKeys = new HashSet<>();
        b.mediators.forEach(m -> mediatorKeys.add(m.value().key()));
        b.parties.removeIf(p -> mediatorKeys.contains(p.value().key()));
        if (distinctKeys(b.parties).size() < 2 && !pair.isEmpty()) {
            for (Evidenced<AgentRef> p : pairRefs(rounds)) {
                if (!distinctKeys(b.parties).contains(p.value().key())) {
                    b.parties.add(new Evidenced<>(p.value(), p.span(), PAIR_PARTY));
                }
            }
        }
    }

    /** The first reference to each side of the pair, in round order. */
    private List<Evidenced<AgentRef>> pairRefs(List<RoundDraft> rounds) {
        List<Evidenced<AgentRef>> out = new ArrayList<>();
        for (AgentKey key : pair) {
            for (RoundDraft b : rounds) {
                Evidenced<AgentRef> hit = b.parties.stream().filter(p -> p.value().key().equals(key)).findFirst().orElse(null);
                if (hit != null) {
                    out.add(hit);
                    break;
                }
            }
        }
        return out;
    }

    private static List<AgentKey> distinctKeys(List<Evidenced<AgentRef>> refs) {
        List<AgentKey> out = new ArrayList<>();
        for (Evidenced<AgentRef> r : refs) {
            if (!out.contains(r.value().key())) {
                out.add(r.value().key());
            }
        }
        return out;
    }
}
