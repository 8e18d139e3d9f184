package org.parley.article;

import java.util.Objects;

/**
 * One problem found in the input or while building: where it is and what is wrong. Problems are
 * collected as values and printed once, at the end of a run, as {@code place: message}.
 * Immutable and thread-safe.
 *
 * @param place   the file (and line, {@code "seeds/x.txt [line 4]"}) or other place concerned
 * @param message what is wrong, in words for the user
 */
public record Problem(String place, String message) implements java.io.Serializable {

    /** Validates the fields. */
    public Problem {
        Objects.requireNonNull(place);
        Objects.requireNonNull(message);
    }

    /**
     * @param place   file or other place
     * @param line    1-based line number
     * @param message what is wrong
     * @return a problem whose place names the line
     */
    public static Problem atLine(String place, long line, String message) {
        return new Problem(place + " [line " + line + "]", message);
    }

    @Override
    public String toString() {
        return place + ": " + message;
    }
}
