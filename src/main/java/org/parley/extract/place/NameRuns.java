package org.parley.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.NameMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;

/**
 * Token-level helpers of the place rules: runs of name words, the name finder's mention at a
 * span. Stateless; thread-safe.
 */
final class NameRuns {
    /** How many words an institution name may span in the phrase lookup. */
    private static final int MAX_PHRASE_TOKENS = 6;

    private NameRuns() {
    }

    /** True when tokens [i, i+n) form a run of name words: capitalized, or short connectors inside. */
    static boolean nameRun(TokenView tv, int i, int n) {
        if (i + n > tv.size() || tv.masked(i, i + n)) {
            return false;
        }
        int sentence = tv.get(i).sentence();
        for (int k = i; k < i + n; k++) {
            if (tv.get(k).sentence() != sentence) {
                return false;
            }
            boolean inner = k > i && k < i + n - 1;
            boolean connector = inner && PlaceWords.NAME_CONNECTORS.contains(tv.lower(k));
            if (!tv.capitalized(k) && !connector) {
                return false;
            }
            if (k < i + n - 1 && tv.possessive(k)) {
                return false;
            }
            if (!Character.isLetter(tv.get(k).text().codePointAt(0)) && !connector) {
                return false;
            }
        }
        return true;
    }

    /** The first name finder mention that overlaps a span, or null. */
    static NameMention nameAt(List<NameMention> names, Span span) {
        for (NameMention m : names) {
            if (m.span().overlaps(span)) {
                return m;
            }
        }
        return null;
    }

    /** True when the name finder's person name ends with this token after other words ("Therese ... Wagner"). */
    static boolean endsPersonName(List<NameMention> names, Span token) {
        for (NameMention m : names) {
            if (m.type() == NameMention.NameType.PERSON && m.span().start() < token.start()
                    && m.span().end() >= token.end() && m.span().start() <= token.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token i is the last word of a person's name of two or more words that the name
     * finder found anywhere in the article ("Dimitrov" of "Nikola Dimitrov", "Un" of "Kim Jong Un").
     */
    static boolean personNamePart(List<NameMention> names, TokenView tv, int i) {
        String word = tv.word(i);
        for (NameMention m : names) {
            if (m.type() != NameMention.NameType.PERSON) {
                continue;
            }
            String text = tv.article().text(m.span()).strip();
            int space = text.lastIndexOf(' ');
            if (space > 0 && text.substring(space + 1).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a token in [from, to) is this lower-case word. */
    static boolean containsWord(TokenView tv, int from, int to, String word) {
        for (int k = from; k < to; k++) {
            if (tv.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a capitalized name continues right after token {@code end - 1} (not after a possessive). */
    static boolean nameContinues(TokenView tv, int end, int to) {
        return end < to && tv.capitalized(end) && !tv.possessiveAfter(end - 1);
    }

    static boolean lowerCaseStart(String s) {
        return !Character.isUpperCase(s.codePointAt(0));
    }

    /** The words from token i on, at most as many as a phrase lookup needs. */
    static List<String> words(TokenView tv, int i, int to) {
        List<String> out = new ArrayList<>(Math.min(MAX_PHRASE_TOKENS, to - i));
        for (int k = i; k < Math.min(to, i + MAX_PHRASE_TOKENS); k++) {
            out.add(tv.word(k));
        }
        return out;
    }
}
