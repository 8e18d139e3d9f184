package org.parley.extract.round;

/**
 * Reported speech: whether an offset lies inside a quotation opened in its sentence. A relative
 * date inside a quotation ("“I met them this evening,” he said") counts from the day the words
 * were spoken, not from the publication date, so it dates a round only weakly.
 *
 * <p>Stateless and thread-safe.
 */
public final class Quoted {
    private static final char OPEN = '“';
    private static final char CLOSE = '”';
    private static final char STRAIGHT = '"';

    private Quoted() {
    }

    /**
     * @param text   the article's text
     * @param from   the start of the sentence
     * @param offset an offset at or after it
     * @return true when a quotation opened between the two is still open at the offset
     */
    public static boolean inside(String text, int from, int offset) {
        boolean open = false;
        for (int i = from; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN) {
                open = true;
            } else if (c == CLOSE) {
                open = false;
            } else if (c == STRAIGHT) {
                open = !open;
            }
        }
        return open;
    }
}
