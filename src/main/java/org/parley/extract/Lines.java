package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Span;

/**
 * Splits a text into its non-blank lines, as spans trimmed of surrounding white space. News
 * pages put headlines, bylines, captions and stamps on lines of their own, so several rules work
 * line by line. Stateless and thread-safe.
 */
final class Lines {
    private Lines() {
    }

    /**
     * @param text the article text
     * @return the trimmed spans of its non-blank lines, in order
     */
    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(s, e));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
