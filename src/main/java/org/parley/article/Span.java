package org.parley.article;

/**
 * A half-open character range {@code [start, end)} in an article's text.
 *
 * <p>Every annotation in Parley keeps its span so that each extracted fact can point back to
 * the exact characters (and so the sentence) it came from. Immutable and thread-safe.
 *
 * @param start first character offset (inclusive, {@code >= 0})
 * @param end   last character offset (exclusive, {@code >= start})
 */
public record Span(int start, int end) implements Comparable<Span> {

    /** Validates the bounds. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** @return number of characters covered */
    public int length() {
        return end - start;
    }

    /** @return true when {@code other} lies completely inside this span */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** @return true when the offset lies inside this span */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** @return true when the two spans share at least one character */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** @return the covered characters of {@code text} */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** @return the smallest span covering both */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(start, o.start);
        return c != 0 ? c : Integer.compare(o.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
