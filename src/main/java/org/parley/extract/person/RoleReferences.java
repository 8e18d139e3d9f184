package org.parley.extract.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Title;
import org.parley.extract.lexicon.Lexicon;

/**
 * Role phrases without a name ("the Russian president", "a Kremlin spokesman", "the Turkish
 * foreign minister") that state a country, linked to the nearest compatible named person within
 * two sentences; a person is compatible when the roles and countries that any of their mentions
 * give agree. "The" refers to anyone compatible; "a" only to a person met later under the same
 * title. Titles followed by a name, by a tail and a name, or by a comma and a name (an
 * apposition: "the Qatari emir, Sheikh X") are not references. Stateless and
 * thread-safe.
 */
public final class RoleReferences {
    /** A role phrase linked to a named person ("the Russian president" -> the president named nearby). */
    public static final double REFERENCE = 0.6;
    /** Most honorifics and titles between an apposition's comma and its name. */
    private static final int MAX_HONORIFICS = 3;
    /** Farthest sentence distance between a role phrase and its person. */
    private static final int MAX_SENTENCES = 2;
    /** Ranking: a person without a role comes after every person with the same role. */
    private static final int ROLELESS_PENALTY = 100_000;
    /** Ranking: each sentence between phrase and person. */
    private static final int SENTENCE_WEIGHT = 10_000;
    /** Ranking: characters between phrase and person count one per this many. */
    private static final int CHARACTERS_PER_POINT = 10;
    private static final Set<String> DETERMINERS = Lexicon.lowerWords("determiners", "articles");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RoleReferences() {
    }

    /**
     * @param tv     the article's tokens
     * @param agents the agent covering each token
     * @param named  the named people
     * @return a mention per linked role phrase: the person's name, the phrase's role when the
     *         person has none, the phrase's country, confidence {@link #REFERENCE}
     */
    public static List<PersonMention> find(TokenView tv, AgentRef[] agents, List<PersonMention> named) {
        List<PersonMention> out = new ArrayList<>();
        Named people = Named.of(named);
        for (int i = 0; i < tv.size(); i++) {
            if (tv.masked(i)) {
                continue;
            }
            Title t = TitleLookup.at(tv, i);
            if (t == null) {
                continue;
            }
            reference(tv, agents, people, i, t).ifPresent(out::add);
            i += t.tokenCount() - 1;
        }
        return out;
    }

    private static Optional<PersonMention> reference(TokenView tv, AgentRef[] agents, Named people, int i, Title t) {
        List<PersonMention> named = people.all();
        int end = i + t.tokenCount();
        int sentence = tv.get(i).sentence();
        if (end < tv.size() && tv.capitalized(end) && tv.get(end).sentence() == sentence
                && NameBoundaries.nameEnd(tv, end) > end || TitleTails.beforeName(tv, end, named)
                || apposedName(tv, named, end)) {
            return Optional.empty();
        }
        String country = SideFinder.within(tv, agents, i, end, sentence).country();
        if (country == null) {
            return Optional.empty();
        }
        int det = i - 1;
        while (det >= 0 && tv.get(det).sentence() == sentence && (tv.capitalized(det) || tv.possessive(det))
                && !DETERMINERS.contains(tv.lower(det))) {
            det--;
        }
        if (det < 0 || !DETERMINERS.contains(tv.lower(det))) {
            return Optional.empty();
        }
        Span span = tv.span(det, end);
        boolean indefinite = !tv.lower(det).equals("the");
        PersonMention target = link(tv, people, t.role(), country, span, sentence, indefinite);
        if (target == null) {
            return Optional.empty();
        }
        String role = target.role() == null ? t.role() : null;
        return Optional.of(new PersonMention(span, tv.article().text(span), target.name(), role, country, null,
                REFERENCE));
    }

    /** True when a comma and a name (after honorifics or titles) follow: "the Qatari emir, Sheikh X". */
    private static boolean apposedName(TokenView tv, List<PersonMention> named, int end) {
        if (end + 1 >= tv.size() || !tv.word(end).equals(",")) {
            return false;
        }
        int k = end + 1;
        for (int steps = 0; steps < MAX_HONORIFICS && k < tv.size(); steps++) {
            Title t = TitleLookup.at(tv, k);
            if (t != null) {
                k += t.tokenCount();
            } else if (Gazetteers.get().titles().isHonorific(tv.word(k))) {
                k++;
            } else {
                break;
            }
        }
        int start = k < tv.size() ? tv.get(k).span().start() : -1;
        return named.stream().anyMatch(p -> p.span().start() == start);
    }

    /**
     * The named people, with the first role and all the countries any mention of each name gives.
     *
     * @param all       the named people's mentions
     * @param roles     name to the first role stated
     * @param countries name to every country stated
     */
    private record Named(List<PersonMention> all, Map<String, String> roles, Map<String, Set<String>> countries) {
        static Named of(List<PersonMention> named) {
            Map<String, String> roles = new HashMap<>();
            Map<String, Set<String>> countries = new HashMap<>();
            for (PersonMention p : named) {
                if (p.role() != null) {
                    roles.putIfAbsent(p.name(), p.role());
                }
                if (p.countryCode() != null) {
                    countries.computeIfAbsent(p.name(), k -> new HashSet<>()).add(p.countryCode());
                }
            }
            return new Named(named, roles, countries);
        }
    }

    private static PersonMention link(TokenView tv, Named people, String role, String country, Span span,
                                      int sentence, boolean indefinite) {
        PersonMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        String head = lastWord(role);
        for (PersonMention p : people.all()) {
            // "a U.S. official" is someone new; it only names a person met later under the same title
            if (indefinite && (p.role() == null || !lastWord(p.role()).equals(head) || p.span().start() < span.start())) {
                continue;
            }
            int ps = tv.sentenceOf(p.span());
            int distance = Math.abs(ps - sentence);
            if (distance > MAX_SENTENCES || ps < 0) {
                continue;
            }
            String personRole = people.roles().get(p.name());
            boolean roleFits = personRole == null || lastWord(personRole).equals(head);
            boolean countryFits = people.countries().getOrDefault(p.name(), Set.of(country)).contains(country);
            if (!roleFits || !countryFits) {
                continue;
            }
            int d = (personRole != null ? 0 : ROLELESS_PENALTY) + distance * SENTENCE_WEIGHT
                    + Math.abs(p.span().start() - span.start()) / CHARACTERS_PER_POINT;
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    private static String lastWord(String role) {
        String[] w = SPACES.split(role.toLowerCase(Locale.ROOT));
        return w[w.length - 1];
    }
}
