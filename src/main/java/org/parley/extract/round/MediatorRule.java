package org.parley.extract.round;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.PlaceStage;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * Mediators and hosts: the person, country or organization named by a mediation phrase
 * ({@code mediation-phrases.txt}): after "mediated/brokered/facilitated/hosted by X", before
 * "X-brokered" or "X, who took part as a facilitator". A person mediator's country or organization
 * mediates too. A country that hosts ("hosted by Uganda") is noted as host, and a meeting it hosts
 * that names no other place is held in that country.
 *
 * <p>Runs after {@link VenueRule}. Stateless and thread-safe.
 */
public final class MediatorRule implements MentionRule {
    /** A mediator (person, country or organization) named by a mediation phrase. */
    static final double MEDIATOR = 0.75;
    /** The host country as the place of a meeting that names no other. */
    static final double HOST_COUNTRY_PLACE = 0.6;

    /** Most characters between a phrase and a person named after it. */
    private static final int PERSON_AFTER_CHARS = 40;
    /** Most characters between a person named before a phrase and the phrase. */
    private static final int PERSON_BEFORE_CHARS = 80;
    /** Most characters between a phrase and a country or organization named after it. */
    private static final int AGENT_AFTER_CHARS = 30;
    /** Most characters between a country or organization named before a phrase and the phrase. */
    private static final int AGENT_BEFORE_CHARS = 60;

    private static final Pattern MEDIATED = Pattern.compile(bounded("named-after") + "|(?<before>"
            + bounded("named-before") + ")", Pattern.CASE_INSENSITIVE);
    private static final List<String> HOSTING = List.copyOf(Lexicon.lowerWords("mediation-phrases", "hosting"));

    private static String bounded(String section) {
        return String.join("|", Lexicon.entries("mediation-phrases", section).stream().map(e -> "\\b" + e + "\\b").toList());
    }

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        Matcher med = MEDIATED.matcher(context.text());
        while (med.find()) {
            Span phrase = context.shift(med.start(), med.end());
            boolean before = med.group("before") != null;
            String g = med.group().toLowerCase(Locale.ROOT);
            mediator(context, draft, phrase, before, HOSTING.stream().anyMatch(g::startsWith));
        }
    }

    private static void mediator(MentionContext context, RoundDraft draft, Span phrase, boolean before, boolean hosting) {
        PersonMention person = person(context, phrase, before);
        AgentRef agent = agent(context, phrase, before, person == null);
        if (person != null) {
            draft.mediatorPersons.add(new Evidenced<>(person.name(), person.span(), MEDIATOR));
            draft.mediatorNames.add(person.name());
            if (agent == null && person.countryCode() != null) {
                agent = AgentRef.country(person.span(), person.text(), person.countryCode(),
                        person.countryCode(), AgentRef.Form.NAME);
            } else if (agent == null && person.affiliation() != null) {
                agent = AgentRef.organization(person.span(), person.text(), person.affiliation(), AgentRef.Form.NAME);
            }
        }
        if (agent != null) {
            draft.mediators.add(new Evidenced<>(agent, new Span(Math.min(phrase.start(), agent.span().start()),
                    Math.max(phrase.end(), agent.span().end())), MEDIATOR));
            draft.mediatorKeys.add(agent.key());
            if (hosting && agent.kind() == AgentRef.Kind.COUNTRY && person == null) {
                draft.hosts.add(agent.key());
                hostCountryAsPlace(draft, agent);
            }
        }
    }

    /** The person the phrase names: the first after it, or the last before it. */
    private static PersonMention person(MentionContext context, Span phrase, boolean before) {
        PersonMention person = null;
        for (PersonMention p : context.article().get(Layers.PERSONS)) {
            if (!context.span().contains(p.span())) {
                continue;
            }
            boolean after = !before && p.span().start() >= phrase.end() && p.span().start() - phrase.end() < PERSON_AFTER_CHARS;
            boolean ahead = before && p.span().end() <= phrase.start() && phrase.start() - p.span().end() < PERSON_BEFORE_CHARS;
            if ((after || ahead) && (person == null || before)) {
                person = p;
            }
        }
        return person;
    }

    /**
     * The country or organization the phrase names: one inside it ("Qatar-brokered") or right
     * after it; else, for a phrase that names it before and no person, the last one before it.
     */
    private static AgentRef agent(MentionContext context, Span phrase, boolean before, boolean noPerson) {
        List<AgentRef> agents = context.article().get(Layers.AGENTS);
        for (AgentRef a : agents) {
            if (!context.span().contains(a.span())) {
                continue;
            }
            boolean inCompound = a.span().start() >= phrase.start() && a.span().end() <= phrase.end();
            boolean after = !before && a.span().start() >= phrase.end() && a.span().start() - phrase.end() < AGENT_AFTER_CHARS;
            if (inCompound || after) {
                return a;
            }
        }
        AgentRef agent = null;
        if (before && noPerson) {
            for (AgentRef a : agents) {
                if (context.span().contains(a.span()) && a.span().end() <= phrase.start()
                        && phrase.start() - a.span().end() < AGENT_BEFORE_CHARS) {
                    agent = a;
                }
            }
        }
        return agent;
    }

    /** A meeting "hosted by Uganda" that names no other place is held in the host country. */
    private static void hostCountryAsPlace(RoundDraft draft, AgentRef host) {
        if (!draft.places.isEmpty() || host.form() == AgentRef.Form.CAPITAL) {
            return;
        }
        Gazetteers.get().countries().byCode(host.key().id())
                .ifPresent(c -> draft.places.add(new Evidenced<>(PlaceStage.countryPlace(c), host.span(), HOST_COUNTRY_PLACE)));
    }
}
