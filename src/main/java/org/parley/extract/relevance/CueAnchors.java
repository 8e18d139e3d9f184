package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.CuedPattern;

/**
 * The literal start of a cue: for a case-insensitive regular-expression fragment matched at a
 * word start, the letters every match's first word must begin with ("truces?" gives "truce",
 * "negotiat(?:ors?|ing team)" gives "negotiat", "(?:government|rebel) delegations?" gives
 * "government" and "rebel"). A sentence none of whose words starts with an anchor of a cue section
 * cannot match that section, so its regular expression need not run.
 *
 * <p>A fragment whose start is not plain letters (a character class, an escape, an optional group)
 * has no anchors: it is always tried. Stateless and thread-safe.
 */
final class CueAnchors {
    /** The shortest anchor: one letter still narrows the words to try. */
    static final int MIN_LENGTH = 1;

    private CueAnchors() {
    }

    /**
     * @param fragment a cue entry, a regular-expression fragment
     * @return its anchors, lower-cased; empty when it has none (try the fragment always)
     */
    static Optional<List<String>> of(String fragment) {
        List<String> out = new ArrayList<>();
        for (String alternative : CuedPattern.alternatives(fragment)) {
            Optional<List<String>> anchors = ofAlternative(alternative);
            if (anchors.isEmpty()) {
                return Optional.empty();
            }
            out.addAll(anchors.get());
        }
        return Optional.of(out);
    }

    /** The anchors of a fragment without a top-level "|". */
    private static Optional<List<String>> ofAlternative(String fragment) {
        if (!fragment.startsWith("(?:")) {
            return leading(fragment).map(List::of);
        }
        int end = CuedPattern.closingParenthesis(fragment);
        if (end + 1 < fragment.length() && "?*{".indexOf(fragment.charAt(end + 1)) >= 0) {
            return Optional.empty();
        }
        return of(fragment.substring(3, end));
    }

    /** The leading letters of a fragment, less a last letter made optional by a quantifier. */
    private static Optional<String> leading(String fragment) {
        int i = 0;
        while (i < fragment.length() && Character.isLetterOrDigit(fragment.charAt(i))) {
            i++;
        }
        boolean quantified = i < fragment.length() && "?*{".indexOf(fragment.charAt(i)) >= 0;
        int end = quantified ? i - 1 : i;
        if (end < MIN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(fragment.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
