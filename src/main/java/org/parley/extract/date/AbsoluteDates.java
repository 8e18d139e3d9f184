package org.parley.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;

/**
 * Dates with a month name or in numeric ISO/dotted form: "Feb. 28, 2022", "Monday, Feb. 28, 2022",
 * "28 February 2022", "Fri 7 Jul 2017", "Sept. 19", "June 28th", "on 5 September", "2022-03-02",
 * "21.04.2013" (dots: always day first). Ranges "June 15-18" and "15-18 June" give the start day.
 * Numbers without a month name ("660,000 people", "5 a.m.") are never dates. Patterns are tried
 * in that order: month-day, day-month, ISO, dotted. Stateless; thread-safe.
 */
public final class AbsoluteDates implements DateRule {
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!\\.\\d)";
    private static final String YEAR = "(?:,?\\s+((?:19|20)\\d{2})(?![\\d,]\\d|\\d))?";
    private static final String WEEKDAY_PREFIX = "(?:" + DateWords.WEEKDAY_ANY + ",?\\s+(?:[-–]\\s+)?)?";
    private static final String RANGE_END = "(?:\\s*[-–]\\s*\\d{1,2}(?![\\d:]))?";

    // Each date pattern opens with a lookahead for the characters a match can start with: at most
    // positions of a text it fails at once, before the costlier word boundary and lookbehind.
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[ADFJMNOSTW])\\b" + WEEKDAY_PREFIX + DateWords.MONTH + "\\s+" + DAY + RANGE_END + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?=[\\dFMSTW])(?<![\\d.,:/])\\b" + WEEKDAY_PREFIX + DAY
                    + "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + DateWords.MONTH + "(?!\\w)" + YEAR);
    private static final Pattern ISO = Pattern.compile("(?=[12])(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DOTTED = Pattern.compile(
            "(?=\\d)(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)");

    @Override
    public List<RawDate> find(String text) {
        List<RawDate> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            out.add(new RawDate(span(m), year(m.group(3)), DateWords.month(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            out.add(new RawDate(span(m), year(m.group(3)), DateWords.month(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            out.add(new RawDate(span(m), year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = DOTTED.matcher(text);
        while (m.find()) {
            out.add(new RawDate(span(m), year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        }
        return out;
    }

    private static Span span(Matcher m) {
        return new Span(m.start(), m.end());
    }

    private static Integer year(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
