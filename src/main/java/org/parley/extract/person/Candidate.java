package org.parley.extract.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's name found in the text before interpretation: the tokens {@code [from, to)} of a
 * {@link org.parley.extract.TokenView} and how sure the rule that found it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from       index of the name's first token
 * @param to         index after its last token
 * @param confidence the finding rule's confidence
 */
public record Candidate(int from, int to, double confidence) {

    /** Fewest tokens of a full name (given and family name), which shorter forms may stand for. */
    public static final int FULL_NAME_TOKENS = 2;

    /** @return number of tokens of the name */
    public int length() {
        return to - from;
    }

    /** @return true when the name has {@link #FULL_NAME_TOKENS} tokens or more */
    public boolean full() {
        return length() >= FULL_NAME_TOKENS;
    }

    /**
     * Sorts candidates by start (longest first) and merges overlapping ones: a candidate reaching
     * further extends the one before it, which takes the higher confidence; others are dropped.
     *
     * @param found the candidates; sorted in place
     * @return the merged candidates, in text order
     */
    public static List<Candidate> mergeOverlaps(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::from).thenComparingInt(c -> -c.length()));
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && c.from < last.to) {
                if (c.to > last.to) {
                    out.set(out.size() - 1, new Candidate(last.from, c.to, Math.max(last.confidence, c.confidence)));
                }
                continue;
            }
            out.add(c);
        }
        return out;
    }
}
