package org.parley.extract.place;

/**
 * One rule of the place scan: tries to read a place or agent mention starting at a token and, on
 * success, appends it to the scan's lists. Implementations are stateless and thread-safe.
 */
public interface PlaceRule {
    /**
     * @param scan the sentence being scanned
     * @param i    the token to start at
     * @return the token after the match, or {@code i} when the rule does not apply
     */
    int match(PlaceScan scan, int i);
}
