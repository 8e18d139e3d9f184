package org.parley.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All calendar dates of a text: the dates of {@link AbsoluteDates} then {@link SlashedDates},
 * where of two overlapping dates the earlier found stays unless the later is longer; impossible
 * months and days are dropped; sorted by span. Stateless; thread-safe.
 */
public final class DateCandidates {
    private static final List<DateRule> RULES = List.of(new AbsoluteDates(), new SlashedDates());
    private static final int MAX_DAY = 31;
    private static final int MAX_MONTH = 12;

    private DateCandidates() {
    }

    /**
     * @param text any text
     * @return its dates, without overlaps, sorted by span
     */
    public static List<RawDate> find(String text) {
        List<RawDate> out = new ArrayList<>();
        for (DateRule rule : RULES) {
            for (RawDate candidate : rule.find(text)) {
                add(out, candidate);
            }
        }
        out.removeIf(r -> r.month() < 1 || r.month() > MAX_MONTH || r.day() < 1 || r.day() > MAX_DAY);
        out.sort(Comparator.comparing(RawDate::span));
        return out;
    }

    private static void add(List<RawDate> out, RawDate candidate) {
        for (int i = 0; i < out.size(); i++) {
            RawDate s = out.get(i);
            if (s.span().overlaps(candidate.span())) {
                if (candidate.span().length() > s.span().length()) {
                    out.set(i, candidate);
                }
                return;
            }
        }
        out.add(candidate);
    }
}
