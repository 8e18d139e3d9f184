package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * The parts of a sentence that each speak of one meeting of a sequence ("a face-to-face meeting
 * on July 29, which will be followed by a meeting of the defence attaches, and finally a meeting
 * of the border committee on Aug. 4"): cut where the next meeting is introduced
 * ({@code meeting-sequences.txt} [next]) or an earlier one is recalled ("will meet in Oslo after
 * their first summit in Bergen"; [earlier]), each part with a trigger; a part without one joins the next
 * (the last joins the one before). A sentence with fewer than two such parts stays whole.
 *
 * <p>Stateless and thread-safe.
 */
public final class SequenceRule {
    private static final Pattern NEXT_IN_SEQUENCE = Pattern.compile(
            String.join("|", Lexicon.entries("meeting-sequences", "next")), Pattern.CASE_INSENSITIVE);
    /** Where a sentence turns to an earlier meeting ("after their first summit in Oslo"). */
    static final Pattern EARLIER = Pattern.compile(
            String.join("|", Lexicon.entries("meeting-sequences", "earlier")), Pattern.CASE_INSENSITIVE);

    private SequenceRule() {
    }

    /**
     * @param part a part of a sentence
     * @return true when the part opens by recalling an earlier meeting ("after their first summit")
     */
    public static boolean recallsEarlier(String part) {
        return EARLIER.matcher(part).lookingAt();
    }

    /**
     * @param ss the sentence's span
     * @param st the sentence's text
     * @return the spans of its parts, in order; the sentence's span alone when it is not a sequence
     */
    public static List<Span> parts(Span ss, String st) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (Pattern p : List.of(NEXT_IN_SEQUENCE, EARLIER)) {
            Matcher m = p.matcher(st);
            while (m.find()) {
                if (m.start() > 0) {
                    cuts.add(m.start());
                }
            }
        }
        cuts.sort(null);
        cuts.add(st.length());
        List<int[]> parts = new ArrayList<>();
        int pending = 0;
        for (int k = 1; k < cuts.size(); k++) {
            int end = cuts.get(k);
            if (Triggers.in(st.substring(pending, end))) {
                parts.add(new int[] {pending, end});
                pending = end;
            }
        }
        if (parts.size() < 2) {
            return List.of(ss);
        }
        parts.get(parts.size() - 1)[1] = st.length();
        List<Span> out = new ArrayList<>();
        for (int[] p : parts) {
            out.add(new Span(ss.start() + p[0], ss.start() + p[1]));
        }
        return out;
    }
}
