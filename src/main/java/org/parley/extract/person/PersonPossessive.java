package org.parley.extract.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.PersonMention;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.lexicon.Lexicon;

/**
 * A person serving another person whose country is known takes that country: "Putin's top aide
 * Ana Pinto", "Ana Pinto, a former spy chief and Kim Jong Un's top envoy", "Ana Pinto, special
 * adviser and envoy of President Lula", "Ana Pinto, the chief adviser to President Lula". The served person's title or apposition must be
 * an office title ({@code titles.tsv}), possibly after office modifiers ({@code office-modifiers}).
 * Stateless and thread-safe.
 */
public final class PersonPossessive {
    private static final Set<String> MODIFIERS = Lexicon.lowerWords("office-modifiers", "words");
    private static final Set<String> MARKS = Set.of("'s", "’s");
    /** Longest apposition searched for the served person, in tokens after the comma. */
    private static final int MAX_APPOSITION = 14;
    /** Most honorifics and titles between "of" and the served person's name ("of HE President"). */
    private static final int MAX_HONORIFICS = 3;

    private PersonPossessive() {
    }

    /**
     * @param tv       the article's tokens
     * @param mentions the article's person mentions, in text order, countries already shared
     * @return the mentions, those without a side given their served person's country
     */
    public static List<PersonMention> apply(TokenView tv, List<PersonMention> mentions) {
        PersonMention[] byToken = new PersonMention[tv.size() + 1];
        for (PersonMention m : mentions) {
            for (int i = tv.tokenAt(m.span().start()); i >= 0 && i < tv.size() && tv.get(i).span().start() < m.span().end(); i++) {
                byToken[i] = m;
            }
        }
        List<PersonMention> out = new ArrayList<>(mentions.size());
        for (PersonMention m : mentions) {
            String served = m.countryCode() != null || m.affiliation() != null ? null : served(tv, byToken, m);
            out.add(served == null ? m
                    : new PersonMention(m.span(), m.text(), m.name(), m.role(), served, null, m.confidence()));
        }
        return out;
    }

    private static String served(TokenView tv, PersonMention[] byToken, PersonMention m) {
        int from = tv.tokenAt(m.span().start());
        int to = tv.tokenAt(m.span().end() - 1) + 1;
        if (from < 0 || to <= 0) {
            return null;
        }
        int title = titleStartBefore(tv, from);
        String before = title < 0 ? null : possessor(tv, byToken, title - 1, m);
        return before != null ? before : inApposition(tv, byToken, to, m);
    }

    /** @return the start of an office title (after modifiers) ending right before token i, or -1 */
    private static int titleStartBefore(TokenView tv, int i) {
        for (int k = Math.max(0, i - TitleLookup.MAX_TITLE); k < i; k++) {
            var t = TitleLookup.at(tv, k);
            if (t != null && k + t.tokenCount() == i) {
                int s = k;
                while (s > 0 && MODIFIERS.contains(tv.lower(s - 1))) {
                    s--;
                }
                return s;
            }
        }
        return -1;
    }

    /** @return whether token i is a possessive mark or ends with one ("Kim's") */
    private static boolean possessive(TokenView tv, int i) {
        String t = tv.get(i).text();
        return MARKS.stream().anyMatch(t::endsWith);
    }

    /** @return the country of the person whose possessive is token i ("Kim's", "Kim" "'s"), or null */
    private static String possessor(TokenView tv, PersonMention[] byToken, int i, PersonMention self) {
        if (i < 0 || !possessive(tv, i)) {
            return null;
        }
        PersonMention p = MARKS.contains(tv.get(i).text()) ? (i > 0 ? byToken[i - 1] : null) : byToken[i];
        return p != null && p != self && !p.name().equals(self.name()) ? p.countryCode() : null;
    }

    private static String inApposition(TokenView tv, PersonMention[] byToken, int to, PersonMention self) {
        if (to >= tv.size() || !tv.word(to).equals(",")) {
            return null;
        }
        int sentence = tv.get(to).sentence();
        for (int j = to + 1; j < Math.min(tv.size(), to + 1 + MAX_APPOSITION) && tv.get(j).sentence() == sentence; j++) {
            String w = tv.word(j);
            if (w.equals(",") || w.equals(";") || w.equals("(")) {
                return null;
            }
            if (possessive(tv, j) && TitleLookup.at(tv, firstAfterModifiers(tv, j + 1)) != null) {
                String c = possessor(tv, byToken, j, self);
                if (c != null) {
                    return c;
                }
            }
            if ((tv.lower(j).equals("of") || tv.lower(j).equals("to")) && titleStartBefore(tv, j) >= 0) {
                return servedAfterOf(tv, byToken, j + 1, self);
            }
        }
        return null;
    }

    private static String servedAfterOf(TokenView tv, PersonMention[] byToken, int j, PersonMention self) {
        for (int k = j; k < Math.min(tv.size(), j + MAX_HONORIFICS + 1); k++) {
            PersonMention p = byToken[k];
            if (p != null) {
                return p != self && !p.name().equals(self.name()) ? p.countryCode() : null;
            }
            if (!tv.capitalized(k) || !Gazetteers.get().titles().isHonorific(tv.word(k)) && TitleLookup.at(tv, k) == null) {
                return null;
            }
        }
        return null;
    }

    private static int firstAfterModifiers(TokenView tv, int j) {
        while (j < tv.size() && MODIFIERS.contains(tv.lower(j))) {
            j++;
        }
        return j;
    }
}
