package org.parley.extract.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.extract.TokenView;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.extract.gazetteer.Institution;
import org.parley.extract.gazetteer.PhraseMatcher;
import org.parley.extract.gazetteer.Title;
import org.parley.extract.lexicon.Lexicon;

/**
 * The apposition after a name: ", the head of the Russian delegation," / ", Ukraine's defence
 * minister," / ", who was Colombia's interior minister" ({@code relative-verbs}), after a photo
 * caption's position ({@code photo-captions}). The role is the apposition's title, "Head of
 * Delegation" ({@code delegation-heads}), the whole "X of Y" phrase up to a clause ({@code
 * apposition-endings}), or the phrase itself when it holds an official's word ({@code
 * office-words} [apposition]); the side is the first country or demonym in it, else a
 * country-less institution. No role when the apposition starts like a clause ({@code
 * apposition-blockers}) or another name owns the title. Stateless and thread-safe.
 */
public final class RoleAfterName {
    /** The role of someone leading a negotiating team. */
    public static final String HEAD_OF_DELEGATION = "Head of Delegation";
    /** Longest apposition, in tokens. */
    private static final int MAX_PHRASE = 14;
    private static final Pattern HEAD_OF_TEAM = Lexicon.patterns("delegation-heads", "apposition", 0).get(0);
    private static final Pattern CAPTION_POSITION = Lexicon.patterns("photo-captions", "positions", 0).get(0);
    private static final Pattern BLOCKERS = Pattern.compile(Lexicon.alternation("apposition-blockers", "tags"));
    private static final Pattern OFFICIAL_WORD = Pattern.compile(
            ".*\\b" + Lexicon.alternation("office-words", "apposition") + "\\b.*");
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            "\\s+" + Lexicon.alternation("apposition-endings", "clause-starts") + "\\s.*$");
    private static final Set<String> RELATIVE_VERBS = Lexicon.lowerWords("relative-verbs", "copulas");
    private static final Set<String> TITLE_MODIFIERS = Lexicon.lowerWords("title-modifiers", "words");
    private static final Set<String> DETERMINERS = Lexicon.lowerWords("determiners", "articles");
    /** Structure: a title, perhaps after one word, then "of" and more ("minister of trade"). */
    private static final Pattern X_OF_Y = Pattern.compile("(\\S+ )?\\S+ of .+");
    /** Structure: a double name ("Greek-Cypriot"), a dash, a dash before a name. */
    private static final Pattern DOUBLE_NAME = Pattern.compile("\\p{Lu}\\p{L}+[-–]\\p{Lu}\\p{L}+");
    private static final Pattern DASH = Pattern.compile("[-–]");
    private static final Pattern DASH_NAME = Pattern.compile("[-–]\\p{Lu}\\p{L}+");

    /** The apposition's tokens [from, to). */
    private record Range(int from, int to) {
    }

    private RoleAfterName() {
    }

    /**
     * @param tv     the article's tokens
     * @param nameTo index after the name
     * @param names  all name candidates of the article
     * @return the role and side with the apposition (without its article) as evidence; empty when
     *         no comma follows the name or the apposition states no role
     */
    public static Optional<RoleFact> find(TokenView tv, int nameTo, List<Candidate> names) {
        if (nameTo >= tv.size() || !tv.get(nameTo).text().equals(",")) {
            return Optional.empty();
        }
        Range r = apposition(tv, nameTo + 1, tv.get(nameTo).sentence());
        if (r.to == r.from || BLOCKERS.matcher(tv.pos(r.from)).matches() && TitleLookup.at(tv, r.from) == null
                && !TITLE_MODIFIERS.contains(tv.lower(r.from))) {
            return Optional.empty();
        }
        Set<Integer> otherStarts = otherNameStarts(tv, names, r);
        if (otherStarts == null) {
            return Optional.empty();
        }
        int start = DETERMINERS.contains(tv.lower(r.from)) ? r.from + 1 : r.from;
        String phrase = tv.article().text(tv.span(start, r.to));
        String lower = phrase.toLowerCase(Locale.ROOT);
        String role = HEAD_OF_TEAM.matcher(lower).matches() ? HEAD_OF_DELEGATION
                : title(tv, start, r.to, otherStarts);
        Side side = side(tv, start, r.to);
        role = phraseRole(role, phrase, lower);
        return role == null ? Optional.empty() : Optional.of(new RoleFact(role, side, start, r.to));
    }

    /** The apposition from {@code from}: past "who was", past a caption's position. */
    private static Range apposition(TokenView tv, int from, int sentence) {
        if (from + 1 < tv.size() && tv.lower(from).equals("who") && RELATIVE_VERBS.contains(tv.lower(from + 1))) {
            from += 2;
        }
        int to = phraseEnd(tv, from, sentence);
        if (to < tv.size() && tv.get(to).text().equals(",")
                && CAPTION_POSITION.matcher(tv.article().text(tv.span(from, Math.max(from + 1, to)))).matches()) {
            from = to + 1;
            to = phraseEnd(tv, from, sentence);
        }
        return new Range(from, to);
    }

    /**
     * Starts of other names inside the apposition; null when the apposition is another name ("X,
     * Y") or the title belongs to a name in it ("X, Russia's ambassador to Kiev Y").
     */
    private static Set<Integer> otherNameStarts(TokenView tv, List<Candidate> names, Range r) {
        Set<Integer> starts = new HashSet<>();
        for (Candidate other : names) {
            if (other.from() < r.from || other.from() >= r.to) {
                continue;
            }
            if (other.to() == r.to || other.from() <= r.from + 1
                    || !tv.possessive(other.to() - 1) && TitleTails.titleEndsAt(tv, other.from())) {
                return null;
            }
            starts.add(other.from());
        }
        return starts;
    }

    /** The first title in [start, to) that does not end right before another name. */
    private static String title(TokenView tv, int start, int to, Set<Integer> otherStarts) {
        for (int k = start; k < to; k++) {
            Title t = TitleLookup.at(tv, k);
            if (t != null && k + t.tokenCount() <= to && !otherStarts.contains(k + t.tokenCount())) {
                return t.role();
            }
        }
        return null;
    }

    /**
     * The first country (or demonym; of a double name's last part) in [start, to), an institution
     * that implies one counting as its country ("of the Communist Party of Vietnam"), else a
     * country-less institution.
     */
    private static Side side(TokenView tv, int start, int to) {
        String country = null;
        String affiliation = null;
        List<String> words = new ArrayList<>();
        for (int k = start; k < to; k++) {
            words.add(tv.word(k));
        }
        for (int k = start; k < to && country == null; k++) {
            if (!tv.capitalized(k)) {
                continue;
            }
            Optional<PhraseMatcher.Match<Institution>> institution =
                    Gazetteers.get().institutions().matchWithLength(words, k - start);
            if (institution.isPresent() && institution.get().value().countryCode() != null) {
                country = institution.get().value().countryCode();
                break;
            }
            country = SideFinder.countryOrDemonym(lastPart(tv, k, to)).orElse(null);
            if (country == null && affiliation == null) {
                affiliation = institution.map(m -> m.value()).filter(in -> in.countryCode() == null)
                        .map(in -> in.canonical()).orElse(null);
            }
            if (institution.isPresent()) {
                k += institution.get().tokenCount() - 1;
            }
        }
        return new Side(country, affiliation);
    }

    /** "Greek-Cypriot", "Greek -Cypriot", "Greek - Cypriot": the community of the last part's country. */
    private static String lastPart(TokenView tv, int k, int to) {
        String w = tv.word(k);
        if (DOUBLE_NAME.matcher(w).matches()) {
            return DASH.split(w)[1];
        } else if (k + 1 < to && DASH_NAME.matcher(tv.word(k + 1)).matches()) {
            return tv.word(k + 1).substring(1);
        } else if (k + 2 < to && DASH.matcher(tv.word(k + 1)).matches() && tv.capitalized(k + 2)) {
            return tv.word(k + 2);
        }
        return w;
    }

    /** A one-word title in an "X of Y" phrase becomes the phrase; no title but an official's word, the phrase. */
    private static String phraseRole(String role, String phrase, String lower) {
        if (role != null && role.split(" ").length == 1 && X_OF_Y.matcher(lower).matches()) {
            String kept = TRAILING_CLAUSE.matcher(phrase).replaceAll("");
            return Character.toUpperCase(kept.charAt(0)) + kept.substring(1);
        }
        if (role == null && OFFICIAL_WORD.matcher(lower).matches()) {
            return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return role;
    }

    private static int phraseEnd(TokenView tv, int from, int sentence) {
        int to = from;
        while (to < tv.size() && tv.get(to).sentence() == sentence && to - from < MAX_PHRASE
                && !tv.get(to).text().equals(",") && !tv.get(to).text().equals(".")) {
            to++;
        }
        return to;
    }
}
