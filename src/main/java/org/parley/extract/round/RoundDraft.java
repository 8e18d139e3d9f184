package org.parley.extract.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.RoundMention;
import org.parley.article.Span;

/**
 * A round being assembled: first what one sentence says of it (written by the {@link MentionRule}s),
 * then, as mentions join it ({@link #absorb}), what the article says of it; {@link #build} makes
 * the finished {@link RoundMention}.
 *
 * <p>Mutable; not thread-safe (one article's run owns its drafts).
 */
public final class RoundDraft {
    final List<Span> spans = new ArrayList<>();
    Evidenced<Integer> ordinal;
    Evidenced<LocalDate> date;
    final List<Evidenced<Place>> places = new ArrayList<>();
    final List<Evidenced<AgentRef>> parties = new ArrayList<>();
    final List<Evidenced<AgentRef>> mediators = new ArrayList<>();
    final List<Evidenced<String>> mediatorPersons = new ArrayList<>();
    final List<Evidenced<String>> participants = new ArrayList<>();
    final List<Evidenced<String>> outcomes = new ArrayList<>();
    final List<Evidenced<String>> topics = new ArrayList<>();
    boolean announced;
    /** The sentence dates an earlier round ("the previous meeting ... on September 5"). */
    boolean previous;
    /** Keys of the countries named as hosts ("to be hosted by Uganda"). */
    final Set<AgentKey> hosts = new HashSet<>();
    /** Of the mention's own sentence: countries used as its place ("talks in Qatar", "Qatar talks"). */
    final Set<AgentKey> venueCountries = new HashSet<>();
    /** Of the mention's own sentence: the keys of its mediators. */
    final Set<AgentKey> mediatorKeys = new HashSet<>();
    /** Of the mention's own sentence: the names of its mediating persons. */
    final Set<String> mediatorNames = new HashSet<>();

    /** @param span the sentence (or part of one) the mention is read from */
    public RoundDraft(Span span) {
        spans.add(span);
    }

    /** @param outcome an outcome the sentence reports */
    public void addOutcome(Evidenced<String> outcome) {
        outcomes.add(outcome);
    }

    /** @return true when the round is announced rather than held */
    public boolean announced() {
        return announced;
    }

    /** @return true when the round has an ordinal, a date stronger than a sentence's lone date, or a place */
    public boolean grounded() {
        boolean dated = date != null && date.confidence() > DateRule.SENTENCE_DATE;
        return ordinal != null || dated || !places.isEmpty();
    }

    /**
     * Adds a later mention of the same round: its spans, places, parties, mediators, participants,
     * outcomes and topics; its ordinal where this has none; its date where this has none or a
     * weaker one.
     *
     * @param m the mention
     */
    void absorb(RoundDraft m) {
        spans.addAll(m.spans);
        if (ordinal == null) {
            ordinal = m.ordinal;
        }
        if (date == null || m.date != null && m.date.confidence() > date.confidence()) {
            date = m.date == null ? date : m.date;
        }
        places.addAll(m.places);
        parties.addAll(m.parties);
        mediators.addAll(m.mediators);
        mediatorPersons.addAll(m.mediatorPersons);
        participants.addAll(m.participants);
        outcomes.addAll(m.outcomes);
        topics.addAll(m.topics);
    }

    /** @return the most specific of the round's places, or null */
    Evidenced<Place> mainPlace() {
        Evidenced<Place> place = null;
        for (Evidenced<Place> p : places) {
            if (place == null || p.value().kind().ordinal() > place.value().kind().ordinal()) {
                place = p;
            }
        }
        return place;
    }

    /** @return the round, placed at its most specific place */
    public RoundMention build() {
        Evidenced<Place> place = mainPlace();
        return new RoundMention(List.copyOf(spans), null, ordinal, date, place, List.copyOf(places),
                List.copyOf(parties), List.copyOf(mediators), List.copyOf(mediatorPersons),
                List.copyOf(participants), List.copyOf(outcomes), List.copyOf(topics), announced);
    }

    @Override
    public String toString() {
        return "RoundDraft" + spans + " ordinal=" + ordinal + " date=" + date + " places=" + places
                + " parties=" + parties + " announced=" + announced + " previous=" + previous;
    }
}
