package org.parley.article;

/**
 * One token with its part-of-speech tag (Penn Treebank tags; null until the POS stage ran).
 *
 * @param span     characters of the token
 * @param text     the token's text
 * @param pos      part-of-speech tag, or null
 * @param sentence index of the sentence holding the token
 */
public record Token(Span span, String text, String pos, int sentence) {

    /** @return a copy with the given tag */
    public Token withPos(String tag) {
        return new Token(span, text, tag, sentence);
    }
}
