package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Span;

/**
 * Finds the quoted segments of a text (see {@link QuoteMarks} for the marks). Marks inside an
 * open quote are part of it. A quote still open at a line end is closed there; when the next
 * paragraph opens a quote again, that segment is marked as a continuation. A quote can span
 * several sentences.
 *
 * <p>Input: an article text; output: its segments in order. Immutable and thread-safe.
 */
public final class Segmenter {
    private final QuoteMarks marks;

    /** @param marks the quotation marks */
    public Segmenter(QuoteMarks marks) {
        this.marks = marks;
    }

    /**
     * @param text the article text
     * @return the segments in order
     */
    public List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        int open = -1;
        QuoteMarks.Kind kind = null;
        boolean lastUnterminated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                QuoteMarks.Kind opened = marks.opening(text, i);
                if (opened != null) {
                    open = i;
                    kind = opened;
                } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) != '\n'
                        && !Character.isWhitespace(text.charAt(i + 1))) {
                    lastUnterminated = false;
                }
                continue;
            }
            boolean close = marks.closes(kind, text, i);
            if (close || c == '\n') {
                boolean continuation = lastUnterminated && isParagraphStart(text, open);
                Span inner = trim(text, open + 1, i);
                if (inner != null) {
                    out.add(new Segment(inner, open, close ? i : i - 1, close, continuation));
                }
                lastUnterminated = !close;
                open = -1;
            }
        }
        if (open >= 0) {
            Span inner = trim(text, open + 1, text.length());
            if (inner != null) {
                out.add(new Segment(inner, open, text.length() - 1, false,
                        lastUnterminated && isParagraphStart(text, open)));
            }
        }
        return out;
    }

    private static boolean isParagraphStart(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\'')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }
}
