package org.parley.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * People listed together in a sentence ("Secretary of State X, National Security Adviser Y, White
 * House Chief of Staff Z and ...", gaps as {@code name-lists} [gap]) share the one country the list
 * states for its members: members with a role but no country take it. A list whose members name
 * different countries shares nothing. Stateless and thread-safe.
 */
public final class ListCountrySharing {
    /** A shared country is less sure than a stated one: the member's confidence is multiplied by this. */
    public static final double SHARED_FACTOR = 0.8;
    /** Fewest people in a list that shares its country. */
    private static final int MIN_MEMBERS = 3;
    private static final Pattern GAP = Lexicon.patterns("name-lists", "gap", 0).get(0);

    private ListCountrySharing() {
    }

    /**
     * @param tv     the article's tokens
     * @param people the named people
     * @return the people in text order, list members completed with the list's country
     */
    public static List<PersonMention> apply(TokenView tv, List<PersonMention> people) {
        List<PersonMention> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing(PersonMention::span));
        List<PersonMention> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && listed(tv, sorted.get(j - 1), sorted.get(j))) {
                j++;
            }
            share(sorted.subList(i, j), out);
            i = j;
        }
        return out;
    }

    private static void share(List<PersonMention> list, List<PersonMention> out) {
        Set<String> countries = new HashSet<>();
        for (PersonMention p : list) {
            if (p.countryCode() != null) {
                countries.add(p.countryCode());
            }
        }
        for (PersonMention p : list) {
            if (list.size() >= MIN_MEMBERS && countries.size() == 1 && p.countryCode() == null && p.role() != null) {
                p = new PersonMention(p.span(), p.text(), p.name(), p.role(), countries.iterator().next(),
                        p.affiliation(), p.confidence() * SHARED_FACTOR);
            }
            out.add(p);
        }
    }

    private static boolean listed(TokenView tv, PersonMention a, PersonMention b) {
        if (tv.sentenceOf(a.span()) != tv.sentenceOf(b.span()) || b.span().start() <= a.span().end()) {
            return false;
        }
        String between = tv.article().text().substring(a.span().end(), b.span().start());
        return GAP.matcher(between).matches();
    }
}
