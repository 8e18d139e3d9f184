package org.parley.extract.delegation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.DelegationMention;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.RoundMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;

/**
 * What the delegation rules read (the article, its tokens, agents, persons and rounds) and the
 * drafts they build, one per side and round, in the order they were first found.
 *
 * <p>Input: an article with POS, AGENTS, PERSONS and ROUNDS; output: its delegation mentions.
 * Mutable; confined to the thread processing the article.
 */
public final class DelegationContext {
    /** A side at one round (-1: no round): the key under which a delegation is collected. */
    private record SideRound(AgentKey side, int round) {
    }

    /** Title words between a side and a person: letters, hyphens, spaces and a possessive. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:['’]s)?[\\p{L}\\s-]*");
    /** How far before a person (in characters) the side of their title may end. */
    private static final int TITLE_REACH = 60;

    final Article article;
    final TokenView tv;
    final String text;
    final List<RoundMention> rounds;
    final List<AgentRef> agents;
    final List<PersonMention> persons;
    private final Map<SideRound, DelegationDraft> drafts = new LinkedHashMap<>();

    /** @param article the article, with POS, AGENTS, PERSONS and ROUNDS */
    public DelegationContext(Article article) {
        this.article = article;
        this.tv = new TokenView(article);
        this.text = article.text();
        this.rounds = article.get(Layers.ROUNDS);
        this.agents = article.get(Layers.AGENTS);
        this.persons = article.get(Layers.PERSONS);
    }

    /** @return the drafts so far, in the order found */
    List<DelegationDraft> drafts() {
        return List.copyOf(drafts.values());
    }

    /** @return the delegations, in the order found */
    public List<DelegationMention> mentions() {
        List<DelegationMention> out = new ArrayList<>();
        for (DelegationDraft d : drafts.values()) {
            out.add(d.toMention());
        }
        return out;
    }

    /** @return whether the person heads or belongs to any draft so far */
    boolean inAnyDraft(String name) {
        return drafts.values().stream().anyMatch(d -> !d.isNew(name));
    }

    /** @return the draft of the side at the round, else any draft of the side, else null */
    DelegationDraft find(AgentKey sideKey, int round) {
        DelegationDraft d = drafts.get(new SideRound(sideKey, round));
        if (d != null) {
            return d;
        }
        for (DelegationDraft x : drafts.values()) {
            if (x.side.key().equals(sideKey)) {
                return x;
            }
        }
        return null;
    }

    /** @return the draft of the side at exactly this round, opened with span and side when new */
    DelegationDraft exact(AgentRef side, Span span, int round) {
        return drafts.computeIfAbsent(new SideRound(side.key(), round), k -> new DelegationDraft(span, side, round));
    }

    /** @return the draft {@link #find} finds, else a new one with span and side */
    DelegationDraft findOrOpen(AgentRef side, Span span, int round) {
        DelegationDraft d = find(side.key(), round);
        return d != null ? d : exact(side, span, round);
    }

    /**
     * The round a span belongs to: the round whose sentence holds it, else the nearest held
     * (not announced) round before it, else the article's first held round; -1 when none.
     */
    int roundOf(Span span) {
        int best = -1;
        for (int r = 0; r < rounds.size(); r++) {
            for (Span s : rounds.get(r).spans()) {
                if (s.contains(span)) {
                    return r;
                }
                if (s.end() <= span.start() && !rounds.get(r).announced()) {
                    best = r;
                }
            }
        }
        if (best < 0) {
            for (int r = 0; r < rounds.size(); r++) {
                if (!rounds.get(r).announced()) {
                    return r;
                }
            }
        }
        return best;
    }

    /** @return the first agent overlapping the span, or null */
    AgentRef agentAt(Span token) {
        for (AgentRef a : agents) {
            if (a.span().overlaps(token)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The side a title names right before a person ("Iran's chief negotiator Jane Roe", "UK
     * Minister of State Jane Roe"): the last agent before the person in its sentence with only
     * title words (letters, hyphens, a possessive) between them.
     *
     * @param person the person's span
     * @return the agent, or null
     */
    AgentRef sideBefore(Span person) {
        int sentence = tv.sentenceOf(person);
        AgentRef best = null;
        for (AgentRef a : agents) {
            if (a.span().end() <= person.start() && person.start() - a.span().end() <= TITLE_REACH
                    && tv.sentenceOf(a.span()) == sentence
                    && TITLE_WORDS.matcher(text.substring(a.span().end(), person.start())).matches()) {
                best = a;
            }
        }
        return best;
    }

    /** @return the person mention with exactly this span, or null */
    PersonMention personAt(Span span) {
        for (PersonMention p : persons) {
            if (p.span().equals(span)) {
                return p;
            }
        }
        return null;
    }

    /** @return a country any mention of the person gives, or null */
    String countryOfPerson(String name) {
        for (PersonMention p : persons) {
            if (p.name().equals(name) && p.countryCode() != null) {
                return p.countryCode();
            }
        }
        return null;
    }
}
