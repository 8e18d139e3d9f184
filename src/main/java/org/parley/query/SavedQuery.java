package org.parley.query;

/**
 * A SPARQL query kept in {@code queries/NAME.rq}. Its question is the first sentence-ending run of
 * the file's header comment ({@code # Who negotiated in Istanbul?}): a line that ends without
 * {@code .}, {@code ?} or {@code !} goes on in the next comment line, up to a {@code Columns:} or
 * {@code Parameter} line. Immutable and thread-safe.
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
        StringBuilder question = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (t.isEmpty() && question.isEmpty()) {
                    continue;
                }
                break;
            }
            String words = t.replaceFirst("^#+", "").strip();
            if (words.isEmpty() && question.isEmpty()) {
                continue;
            }
            if (words.isEmpty() || !question.isEmpty() && (words.startsWith("Columns:") || words.startsWith("Parameter"))) {
                break;
            }
            question.append(question.isEmpty() ? "" : " ").append(words);
            if (words.matches(".*[.?!]")) {
                break;
            }
        }
        return new SavedQuery(name, question.toString(), text, source);
    }
}
