package org.parley.query;

/**
 * A SPARQL query kept in {@code queries/NAME.rq}. Its question is the first comment line of the
 * file ({@code # Who negotiated in Istanbul?}). Immutable and thread-safe.
 *
 * @param name     the file stem, used on the command line ({@code parley query NAME})
 * @param question the question it answers, from its header comment, or "" when it has none
 * @param text     the SPARQL text
 * @param source   where it was read from, for messages
 */
public record SavedQuery(String name, String question, String text, String source) {

    /**
     * Reads a query's question from its text.
     *
     * @param name   file stem
     * @param text   SPARQL text
     * @param source file name for messages
     * @return the saved query
     */
    public static SavedQuery of(String name, String text, String source) {
        String question = "";
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                question = t.replaceFirst("^#+", "").strip();
                if (!question.isEmpty()) {
                    break;
                }
            } else if (!t.isEmpty()) {
                break;
            }
        }
        return new SavedQuery(name, question, text, source);
    }
}
