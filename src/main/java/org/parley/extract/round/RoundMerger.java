package org.parley.extract.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.article.Evidenced;
import org.parley.article.Span;

/**
 * Merging mentions into rounds, in article order: a mention joins the latest round of its status
 * (held or announced) unless their ordinals, strong dates or places' countries disagree; an
 * announcement with neither date nor ordinal joins a held round dated on or after publication; a
 * mention of an earlier round joins the round of its date, or starts one. Finally a round without
 * a place joins the round of the same day and status that has one ({@link #rounds}).
 *
 * <p>Mutable, one per article; not thread-safe.
 */
public final class RoundMerger {
    /** Dates at or below this confidence (headline dates, last days) never keep two mentions apart. */
    static final double WEAK_DATE = 0.45;

    private final LocalDate published;
    private final List<RoundDraft> rounds = new ArrayList<>();
    private RoundDraft lastHeld;
    private RoundDraft lastAnnounced;

    /** @param published the article's publication date, or null */
    public RoundMerger(LocalDate published) {
        this.published = published;
    }

    /**
     * Adds a mention to the rounds: it joins the latest round of its status when they agree, the
     * round of its day when it names an earlier round, else it starts a round.
     *
     * @param m the mention
     */
    public void add(RoundDraft m) {
        RoundDraft target = m.announced ? lastAnnounced : lastHeld;
        if (m.announced && m.date == null && m.ordinal == null && lastHeld != null && lastHeld.date != null
                && published != null && !lastHeld.date.value().isBefore(published)) {
            target = lastHeld;
        }
        RoundDraft sameDay = m.previous ? sameDate(m) : null;
        if (sameDay != null) {
            sameDay.absorb(m);
        } else if (m.previous) {
            rounds.add(m);
        } else if (target != null && compatible(target, m)) {
            target.absorb(m);
        } else {
            rounds.add(m);
            if (m.announced) {
                lastAnnounced = m;
            } else {
                lastHeld = m;
            }
        }
    }

    /**
     * A sentence that only reports an outcome ("They produced no breakthrough") joins the latest
     * held round.
     *
     * @param outcome  the outcome
     * @param sentence the sentence's span
     * @return false when there is no held round yet
     */
    public boolean joinLastHeld(Evidenced<String> outcome, Span sentence) {
        if (lastHeld == null) {
            return false;
        }
        lastHeld.outcomes.add(outcome);
        lastHeld.spans.add(sentence);
        return true;
    }

    /**
     * A sentence that only places the round just reported ("Held in Valmora, the ceremony ...")
     * gives its places to the latest held round.
     *
     * @param m the sentence's mention
     * @return false when there is no held round yet or the mention names no place
     */
    public boolean placeLastHeld(RoundDraft m) {
        if (lastHeld == null || m.places.isEmpty()) {
            return false;
        }
        lastHeld.places.addAll(m.places);
        lastHeld.spans.addAll(m.spans);
        return true;
    }

    /** @return the rounds, placeless ones merged into the same day's round with a place */
    public List<RoundDraft> rounds() {
        List<RoundDraft> out = new ArrayList<>(rounds);
        for (RoundDraft b : rounds) {
            if (!b.places.isEmpty() || b.date == null) {
                continue;
            }
            for (RoundDraft other : out) {
                if (other != b && !other.places.isEmpty() && other.date != null
                        && other.date.value().equals(b.date.value()) && other.announced == b.announced
                        && (b.ordinal == null || other.ordinal == null || b.ordinal.value().equals(other.ordinal.value()))) {
                    other.absorb(b);
                    out.remove(b);
                    break;
                }
            }
        }
        return out;
    }

    /** True when two mentions may be of one round: no disagreeing ordinals, strong dates or countries. */
    static boolean compatible(RoundDraft a, RoundDraft m) {
        if (a.ordinal != null && m.ordinal != null && !a.ordinal.value().equals(m.ordinal.value())) {
            return false;
        }
        if (a.date != null && m.date != null && !a.date.value().equals(m.date.value())
                && a.date.confidence() > WEAK_DATE && m.date.confidence() > WEAK_DATE) {
            return false;
        }
        if (!a.places.isEmpty() && !m.places.isEmpty()) {
            String ca = a.places.get(0).value().countryCode();
            String cm = m.places.get(0).value().countryCode();
            return ca == null || cm == null || ca.equals(cm);
        }
        return true;
    }

    /** A round of the same date, or null. */
    private RoundDraft sameDate(RoundDraft m) {
        for (RoundDraft b : rounds) {
            if (b.date != null && m.date != null && b.date.value().equals(m.date.value())) {
                return b;
            }
        }
        return null;
    }
}
