package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.PersonMention;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * What attribution needs besides the segment: the text, its sentences, the persons and the
 * speaker candidates. Candidates are person mentions, the pronouns "he"/"she" and role phrases
 * "the [Nationality] role" resolved by {@link RoleResolver}; none inside a quote, none
 * overlapping an earlier one. A pronoun is resolved to the first named candidate of the nearest
 * of the five sentences before it that names one (the subject is usually first).
 *
 * <p>Built once per article; immutable after construction; confined to one thread.
 */
public final class QuoteContext {
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b" + Lexicon.alternation("speaker-pronouns", "subject") + "\\b");
    private static final Pattern ROLE_PHRASE = Pattern.compile(
            "\\b(?:the|The)\\s+(?:((?:North |South )?\\p{Lu}\\p{L}+)\\s+)?((?:"
                    + Lexicon.alternation("speaker-roles", "modifiers") + "\\s+)?("
                    + Lexicon.alternation("speaker-roles", "roles") + "))\\b",
            Pattern.CASE_INSENSITIVE);
    /** How many sentences before a pronoun are searched for the person it stands for. */
    private static final int PRONOUN_SENTENCES = 5;

    private final String text;
    private final List<Sentence> sentences;
    private final List<PersonMention> persons;
    private final List<Span> quoted;
    private final List<Candidate> candidates = new ArrayList<>();

    /**
     * @param text      the article text
     * @param sentences its sentences
     * @param persons   the person mentions that may speak, sorted by span
     * @param quoted    the quoted stretches with their marks
     * @param roles     the role-phrase resolver
     */
    public QuoteContext(String text, List<Sentence> sentences, List<PersonMention> persons, List<Span> quoted,
                        RoleResolver roles) {
        this.text = text;
        this.sentences = sentences;
        this.persons = persons;
        this.quoted = quoted;
        for (PersonMention p : persons) {
            add(new Candidate(p.span(), p.name(), false));
        }
        Matcher m = PRONOUN.matcher(text);
        while (m.find()) {
            add(new Candidate(new Span(m.start(), m.end()), null, true));
        }
        m = ROLE_PHRASE.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String name = roles.resolve(persons, m.group(1), m.group(3), span.start());
            if (name == null && m.group(1) != null && !roles.isDemonym(m.group(1))) {
                name = roles.resolve(persons, null, m.group(3), span.start());
            }
            if (name != null) {
                add(new Candidate(span, name, false));
            }
        }
        candidates.sort(Comparator.comparing(Candidate::span));
    }

    private void add(Candidate c) {
        if (quoted.stream().noneMatch(q -> q.overlaps(c.span()))
                && candidates.stream().noneMatch(o -> o.span().overlaps(c.span()))) {
            candidates.add(c);
        }
    }

    /** @return the article text */
    public String text() {
        return text;
    }

    /** @return the quoted stretches with their marks */
    public List<Span> quoted() {
        return quoted;
    }

    /** @return the speaker candidates, sorted by span */
    public List<Candidate> candidates() {
        return candidates;
    }

    /**
     * @param offset a text offset
     * @return the sentence holding it, or null
     */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }

    /**
     * @param c     a candidate
     * @param named the confidence for a person mention
     * @return the candidate's speaker, resolving a pronoun; null when unresolved
     */
    public Speaker speaker(Candidate c, double named) {
        if (!c.pronoun()) {
            boolean person = persons.stream().anyMatch(p -> p.span().equals(c.span()));
            return new Speaker(c.span(), c.name(), person ? named : Speaker.INDIRECT);
        }
        String name = resolvePronoun(c.span().start());
        return name == null ? null : new Speaker(c.span(), name, Speaker.INDIRECT);
    }

    private String resolvePronoun(int at) {
        Sentence own = sentenceAt(at);
        if (own == null) {
            return null;
        }
        for (int i = own.index(); i >= Math.max(0, own.index() - PRONOUN_SENTENCES); i--) {
            Span s = sentences.get(i).span();
            for (Candidate c : candidates) {
                if (!c.pronoun() && s.contains(c.span()) && c.span().end() <= at) {
                    return c.name();
                }
            }
        }
        return null;
    }
}
