package org.parley.article;

/**
 * A mention of a place.
 *
 * @param span       characters of the mention
 * @param text       the mention as written
 * @param place      the resolved place
 * @param actor      true when the name stands for a government ("Moscow said", "Kyiv's
 *                   response") rather than a location
 * @param confidence in [0,1]
 */
public record PlaceMention(Span span, String text, Place place, boolean actor, double confidence) {
}
