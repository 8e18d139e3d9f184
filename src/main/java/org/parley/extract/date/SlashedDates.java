package org.parley.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;

/**
 * Slashed dates "11/18/2012", "18/11/12": day first when the first number exceeds 12, month
 * first when the second does; when both could be the month the date carries both readings (month
 * first, then day first) for {@link YearResolver#nearer} to choose. Two-digit years are 20xx.
 * Stateless; thread-safe.
 */
public final class SlashedDates implements DateRule {
    private static final Pattern SLASHED = Pattern.compile(
            "(?=\\d)(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    /** The highest month number. */
    private static final int MONTHS = 12;
    /** Two-digit years are years of this century. */
    private static final int CENTURY = 2000;
    private static final int TWO_DIGITS = 100;

    @Override
    public List<RawDate> find(String text) {
        List<RawDate> out = new ArrayList<>();
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            y = y < TWO_DIGITS ? CENTURY + y : y;
            Span span = new Span(m.start(), m.end());
            if (a > MONTHS && b <= MONTHS) {
                out.add(new RawDate(span, y, b, a));
            } else if (b > MONTHS && a <= MONTHS) {
                out.add(new RawDate(span, y, a, b));
            } else if (a <= MONTHS && b <= MONTHS) {
                out.add(new RawDate(span, y, a, b, b, a));
            }
        }
        return out;
    }
}
