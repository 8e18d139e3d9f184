package org.parley.extract.person;

import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * A "who's who" list entry: a line that starts with the name (after a bullet, {@code name-lists}
 * [bullet]), a colon and the office ("• Jane Roe: permanent representative to the EU"). The rest
 * of the line is the role when it holds an office word ({@code office-words} [list-entry]) or a
 * title; a country named in it is the country represented. Stateless and thread-safe.
 */
public final class ListEntryRole {
    private static final Pattern BULLET = Lexicon.patterns("name-lists", "bullet", 0).get(0);
    private static final Pattern OFFICE_WORDS = Pattern.compile(
            "\\b" + Lexicon.alternation("office-words", "list-entry") + "\\b", Pattern.CASE_INSENSITIVE);
    /** Fewest tokens of an entry's office. */
    private static final int MIN_TOKENS = 2;
    /** Most tokens of an entry's office. */
    private static final int MAX_TOKENS = 16;

    private ListEntryRole() {
    }

    /**
     * @param tv     the article's tokens
     * @param nameTo index after the name
     * @return true when a colon follows the name (this rule, not an apposition, then applies)
     */
    public static boolean follows(TokenView tv, int nameTo) {
        return nameTo < tv.size() && tv.get(nameTo).text().equals(":");
    }

    /**
     * @param tv    the article's tokens
     * @param colon index of the colon after the name
     * @return the role (the rest of the line) and country, with those tokens as evidence; empty
     *         when the line is not a list entry holding an office
     */
    public static Optional<RoleFact> find(TokenView tv, int colon) {
        String text = tv.article().text();
        int nameStart = firstNameStart(tv, colon);
        int lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
        if (!BULLET.matcher(text.substring(lineStart, nameStart)).matches()) {
            return Optional.empty();
        }
        int lineEnd = text.indexOf('\n', tv.get(colon).span().end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = colon + 1;
        int to = from;
        while (to < tv.size() && tv.get(to).span().end() <= lineEnd) {
            to++;
        }
        if (to - from < MIN_TOKENS || to - from > MAX_TOKENS) {
            return Optional.empty();
        }
        String phrase = text.substring(tv.get(from).span().start(), tv.get(to - 1).span().end()).trim();
        if (!office(tv, phrase, from, to)) {
            return Optional.empty();
        }
        String country = null;
        for (int k = from; k < to && country == null; k++) {
            if (tv.capitalized(k)) {
                country = SideFinder.countryOrDemonym(tv.word(k)).orElse(null);
            }
        }
        String role = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
        return Optional.of(new RoleFact(role, Side.country(country), from, to));
    }

    private static boolean office(TokenView tv, String phrase, int from, int to) {
        boolean office = OFFICE_WORDS.matcher(phrase).find();
        for (int k = from; k < to && !office; k++) {
            office = TitleLookup.at(tv, k) != null;
        }
        return office;
    }

    /** Start of the capitalized run that ends before token {@code colon}, within its line. */
    private static int firstNameStart(TokenView tv, int colon) {
        int k = colon - 1;
        while (k > 0 && tv.capitalized(k - 1) && tv.get(k - 1).sentence() == tv.get(k).sentence()
                && tv.article().text().substring(tv.get(k - 1).span().end(), tv.get(k).span().start()).indexOf('\n') < 0) {
            k--;
        }
        return tv.get(k).span().start();
    }
}
