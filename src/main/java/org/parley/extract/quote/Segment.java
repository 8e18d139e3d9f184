package org.parley.extract.quote;

import org.parley.article.Span;

/**
 * A quoted stretch of text.
 *
 * @param inner        the quoted text without the marks, surrounding white space and a trailing comma
 * @param open         offset of the opening mark
 * @param close        offset of the closing mark (or of the last character before the line end)
 * @param terminated   whether a closing mark ends it (false: closed at a line end)
 * @param continuation whether it continues an unterminated quote of the previous paragraph
 */
public record Segment(Span inner, int open, int close, boolean terminated, boolean continuation) {
}
