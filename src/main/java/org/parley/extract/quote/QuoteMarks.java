package org.parley.extract.quote;

import org.parley.extract.lexicon.Lexicon;

/**
 * The quotation marks (lexicon {@code quote-marks.txt}): which character opens which kind of
 * quote, and which closes it. Marks "at word start" open only after white space, an opening
 * bracket, a dash, a slash or a colon and before a non-space; marks "at word end" close only when
 * no letter or digit follows.
 *
 * <p>Input: a text and an offset; output: the kind opened there, or whether a kind closes there.
 * Immutable and thread-safe.
 */
public final class QuoteMarks {
    /** The kinds of quote, each closed by its own marks. */
    public enum Kind { DOUBLE, GUILLEMET, SINGLE }

    /** Characters after which a mark at word start opens a quote (besides white space). */
    private static final String OPENING_CONTEXT = "([{—–-/:";

    private final String doubleOpen = chars("double-open");
    private final String doubleClose = chars("double-close");
    private final String doubleCloseAtWordEnd = chars("double-close-at-word-end");
    private final String guillemetOpen = chars("guillemet-open");
    private final String guillemetClose = chars("guillemet-close");
    private final String singleOpen = chars("single-open");
    private final String singleCloseAtWordEnd = chars("single-close-at-word-end");

    private static String chars(String section) {
        return String.join("", Lexicon.entries("quote-marks", section));
    }

    /**
     * @param text the text
     * @param i    an offset in it
     * @return the kind of quote the character at {@code i} opens, or null
     */
    public Kind opening(String text, int i) {
        char c = text.charAt(i);
        if (doubleOpen.indexOf(c) >= 0 && canOpen(text, i)) {
            return Kind.DOUBLE;
        }
        if (guillemetOpen.indexOf(c) >= 0) {
            return Kind.GUILLEMET;
        }
        if (singleOpen.indexOf(c) >= 0 && canOpen(text, i)) {
            return Kind.SINGLE;
        }
        return null;
    }

    /**
     * @param kind the kind of the open quote
     * @param text the text
     * @param i    an offset in it
     * @return whether the character at {@code i} closes it
     */
    public boolean closes(Kind kind, String text, int i) {
        char c = text.charAt(i);
        return switch (kind) {
            case DOUBLE -> doubleClose.indexOf(c) >= 0 || doubleCloseAtWordEnd.indexOf(c) >= 0 && canClose(text, i);
            case GUILLEMET -> guillemetClose.indexOf(c) >= 0;
            case SINGLE -> singleCloseAtWordEnd.indexOf(c) >= 0 && canClose(text, i);
        };
    }

    private static boolean canOpen(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char prev = text.charAt(i - 1);
        return Character.isWhitespace(prev) || OPENING_CONTEXT.indexOf(prev) >= 0;
    }

    private static boolean canClose(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
