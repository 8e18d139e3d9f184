package org.parley.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.parley.article.Span;

/**
 * A date expression found in a text, perhaps without its year yet. An ambiguous slashed date
 * ("03/04/2023") carries its second reading in {@code altMonth}/{@code altDay}. Immutable.
 *
 * @param span     where it stands in the text
 * @param year     its year, or null when the text gives none
 * @param month    its month, 1 to 12
 * @param day      its day of the month
 * @param altMonth the month of the other reading, or null when unambiguous
 * @param altDay   the day of the other reading, or null when unambiguous
 */
public record RawDate(Span span, Integer year, int month, int day, Integer altMonth, Integer altDay) {
    /**
     * An unambiguous date.
     *
     * @param span  where it stands
     * @param year  its year, or null
     * @param month its month
     * @param day   its day
     */
    public RawDate(Span span, Integer year, int month, int day) {
        this(span, year, month, day, null, null);
    }

    /**
     * @param y a year
     * @return the day in that year, or null when there is no such day (February 30)
     */
    public LocalDate date(int y) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** @return true when it has a year and only one reading */
    public boolean full() {
        return year != null && altMonth == null;
    }

    /** @return the other reading of an ambiguous slashed date, as an unambiguous date */
    RawDate alternative() {
        return new RawDate(span, year, altMonth, altDay);
    }
}
