package org.parley.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells statements from scare quotes: a segment is a statement when it has at least five words,
 * or at least three words and starts with a capital letter (a full quoted clause). Shorter
 * segments and lower-case fragments ("the end", "tiny sliver of hope") are not.
 *
 * <p>Input: a text and a segment; output: whether it is a statement. Stateless and thread-safe.
 */
public final class Statements {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    /** A segment of this many words is a statement whatever its case. */
    private static final int STATEMENT_WORDS = 5;
    /** A capitalised segment of this many words is a statement. */
    private static final int CLAUSE_WORDS = 3;

    private Statements() {
    }

    /**
     * @param text the article text
     * @param seg  a segment of it
     * @return whether the segment is a statement
     */
    public static boolean isStatement(String text, Segment seg) {
        String inner = seg.inner().of(text);
        int words = words(inner);
        if (words >= STATEMENT_WORDS) {
            return true;
        }
        return words >= CLAUSE_WORDS && Character.isUpperCase(inner.codePointAt(0));
    }

    /**
     * @param s a text
     * @return the number of words in it
     */
    public static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
