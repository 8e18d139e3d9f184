package org.parley.article;

import java.time.LocalDate;

/**
 * A date expression resolved to a calendar day.
 *
 * @param span     characters of the expression ("Monday, Feb. 28, 2022", "last Sunday")
 * @param text     the expression as written
 * @param date     the resolved day
 * @param relative true when it was resolved against the publication date (weekday, "yesterday")
 */
public record DateMention(Span span, String text, LocalDate date, boolean relative) {
}
