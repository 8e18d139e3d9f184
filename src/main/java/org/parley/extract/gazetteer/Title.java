package org.parley.extract.gazetteer;

/**
 * An office title found in a token sequence.
 *
 * @param role       normalized role label in Title Case ("Foreign Minister", "Deputy Prime Minister")
 * @param tokenCount number of tokens the title phrase covers
 */
public record Title(String role, int tokenCount) {
}
