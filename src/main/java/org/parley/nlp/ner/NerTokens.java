package org.parley.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.Span;

/**
 * The token boundaries the name finder works on. OpenNLP's English tokenizer (UD EWT model)
 * keeps several things inside a token that would make each variant of a name a new word for the
 * model and put foreign characters inside name spans: possessives ("Russia's", "Ukraine’s"),
 * a slash before a photo agency ("SMITH/"), a sentence-final period ("Kyiv."), and hyphenated
 * modifiers ("Turkiye-brokered", "U.N.-"). This class splits such tokens further:
 *
 * <ul>
 *   <li>a slash becomes a token of its own ("SMITH/" to "SMITH", "/");</li>
 *   <li>a final period after a word of letters without other periods ("Kyiv." to "Kyiv",
 *       "."), and the second of two final periods ("U.S.." to "U.S.", "."); "U.S." and "U.N."
 *       keep theirs;</li>
 *   <li>a final hyphen ("U.N.-" to "U.N.", "-") and a hyphen before one of a few participles
 *       after a capitalized word ("Qatar-brokered" to "Qatar", "-", "brokered");</li>
 *   <li>a possessive suffix {@code 's} or {@code ’s} ("Russia's" to "Russia", "'s"); a bare
 *       apostrophe after a final s too ("States'" to "States", "'").</li>
 * </ul>
 *
 * <p>The training corpus (src/main/ner) is tokenized with the tokenizer followed by this class,
 * and {@link NameFinderStage} applies it to the TOKENS layer, so training and use agree.
 * Stateless and thread-safe.
 */
public final class NerTokens {

    private static final Set<String> HYPHEN_SUFFIXES = Set.of("brokered", "backed", "led", "based",
            "born", "mediated", "sponsored", "hosted", "controlled", "occupied", "held", "era", "style",
            "owned", "run", "funded", "allied", "aligned", "friendly", "linked", "made", "imposed",
            "proposed", "drafted", "annexed", "installed", "supported", "leaning", "bound");

    private NerTokens() {
    }

    /**
     * Splits one tokenizer token.
     *
     * @param text  the text the token's offsets refer to
     * @param token the token's span
     * @return the sub-token spans in order, together covering exactly the token's characters; a
     *         single element when nothing is split
     */
    public static List<Span> split(CharSequence text, Span token) {
        List<Span> out = new ArrayList<>(2);
        int start = token.start();
        for (int i = token.start(); i < token.end(); i++) {
            if (text.charAt(i) == '/') {
                peel(text, start, i, out);
                out.add(new Span(i, i + 1));
                start = i + 1;
            }
        }
        peel(text, start, token.end(), out);
        return out;
    }

    /**
     * Splits every token span.
     *
     * @param text   the text the offsets refer to
     * @param tokens tokenizer token spans
     * @return the name finder's token spans
     */
    public static List<Span> split(CharSequence text, List<Span> tokens) {
        List<Span> out = new ArrayList<>(tokens.size() + 8);
        for (Span t : tokens) {
            out.addAll(split(text, t));
        }
        return out;
    }

    /** Adds [start, end) to out, after peeling suffix tokens off its right end. */
    private static void peel(CharSequence text, int start, int end, List<Span> out) {
        if (end <= start) {
            return;
        }
        List<Span> suffixes = new ArrayList<>(2);
        while (true) {
            int len = end - start;
            char last = text.charAt(end - 1);
            if (last == '.' && len >= 2 && (text.charAt(end - 2) == '.' || len >= 3
                    && Character.isLetter(text.charAt(end - 2)) && indexOf(text, '.', start, end - 1) < 0)) {
                suffixes.add(new Span(end - 1, end));
                end--;
            } else if (last == '-' && len > 1) {
                suffixes.add(new Span(end - 1, end));
                end--;
            } else if (len > 2 && isApostrophe(text.charAt(end - 2)) && (last == 's' || last == 'S')
                    && Character.isLetterOrDigit(text.charAt(end - 3))) {
                suffixes.add(new Span(end - 2, end));
                end -= 2;
            } else if (len > 1 && isApostrophe(last)
                    && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')) {
                suffixes.add(new Span(end - 1, end));
                end--;
            } else {
                int hyphen = lastIndexOf(text, '-', start, end);
                if (hyphen > start && Character.isUpperCase(text.charAt(start))
                        && HYPHEN_SUFFIXES.contains(text.subSequence(hyphen + 1, end).toString())) {
                    suffixes.add(new Span(hyphen + 1, end));
                    suffixes.add(new Span(hyphen, hyphen + 1));
                    end = hyphen;
                } else {
                    break;
                }
            }
        }
        out.add(new Span(start, end));
        for (int i = suffixes.size() - 1; i >= 0; i--) {
            out.add(suffixes.get(i));
        }
    }

    private static int indexOf(CharSequence text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(CharSequence text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
