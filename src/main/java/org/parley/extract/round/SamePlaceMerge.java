package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.article.Evidenced;
import org.parley.article.Place;

/**
 * One place, one round: rounds whose most specific places are the same place are one round unless
 * their ordinals differ or both have strong dates that differ ("the summit in Hanoi" announced and
 * "in Hanoi to prepare for the summit"; two mentions of "Thursday's talks in Vienna"). A weak date
 * (at or below {@link RoundMerger#WEAK_DATE}) never keeps two rounds apart.
 *
 * <p>Stateless and thread-safe.
 */
public final class SamePlaceMerge {
    private SamePlaceMerge() {
    }

    /**
     * @param rounds the article's rounds, in article order
     * @return the rounds, each later round at the same place as an earlier one absorbed by it
     */
    public static List<RoundDraft> merge(List<RoundDraft> rounds) {
        List<RoundDraft> out = new ArrayList<>();
        for (RoundDraft b : rounds) {
            RoundDraft into = null;
            for (RoundDraft a : out) {
                if (samePlace(a, b) && agree(a, b)) {
                    into = a;
                    break;
                }
            }
            if (into == null) {
                out.add(b);
            } else {
                into.absorb(b);
            }
        }
        return out;
    }

    private static boolean samePlace(RoundDraft a, RoundDraft b) {
        Evidenced<Place> pa = a.mainPlace();
        Evidenced<Place> pb = b.mainPlace();
        return pa != null && pb != null && pa.value().name().equals(pb.value().name())
                && Objects.equals(pa.value().countryCode(), pb.value().countryCode());
    }

    /** True when neither the ordinals nor the dates of the rounds differ. */
    static boolean agree(RoundDraft a, RoundDraft b) {
        if (a.ordinal != null && b.ordinal != null && !a.ordinal.value().equals(b.ordinal.value())) {
            return false;
        }
        return a.date == null || b.date == null || a.date.value().equals(b.date.value());
    }
}
