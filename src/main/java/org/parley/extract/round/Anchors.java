package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.TokenView;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * The words of a sentence that a round's date or place must stand near: its triggers and its
 * verbs of meeting ("held", "met", "attended"; {@code negotiation-verbs.txt} [meeting]).
 *
 * <p>Stateless and thread-safe.
 */
public final class Anchors {
    private static final Pattern MEETING_VERB = Pattern.compile(
            "\\b(" + String.join("|", Lexicon.entries("negotiation-verbs", "meeting")) + ")\\b", Pattern.CASE_INSENSITIVE);

    private Anchors() {
    }

    /**
     * @param st   a sentence
     * @param base the sentence's offset in the article
     * @return the article spans, as {start, end}, of its triggers, then of its verbs of meeting
     */
    public static List<int[]> of(String st, int base) {
        List<int[]> out = new ArrayList<>();
        for (Pattern p : List.of(Triggers.TRIGGER, MEETING_VERB)) {
            out.addAll(matches(p, st, base));
        }
        return out;
    }

    /**
     * @param p    a pattern
     * @param st   a sentence
     * @param base the sentence's offset in the article
     * @return the article spans, as {start, end}, of the pattern's matches in the sentence
     */
    static List<int[]> matches(Pattern p, String st, int base) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(st);
        while (m.find()) {
            out.add(new int[] {base + m.start(), base + m.end()});
        }
        return out;
    }

    /**
     * @param tv      the article's tokens
     * @param anchors article spans as {start, end}
     * @param span    a span
     * @param window  the most tokens allowed between the span's first token and an anchor's first or last
     * @return true when the span starts within the window of an anchor
     */
    public static boolean near(TokenView tv, List<int[]> anchors, Span span, int window) {
        int t = tv.tokenAt(span.start());
        for (int[] a : anchors) {
            int at = tv.tokenAt(a[0]);
            int atEnd = tv.tokenAt(a[1] - 1);
            if (t >= 0 && at >= 0 && (Math.abs(t - atEnd) <= window || Math.abs(t - at) <= window)) {
                return true;
            }
        }
        return false;
    }
}
