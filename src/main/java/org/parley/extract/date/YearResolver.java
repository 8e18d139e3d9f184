package org.parley.extract.date;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Gives dates their day: an ambiguous slashed date takes the reading nearer the publication date
 * (none without one); a date without a year takes the year (publication year, one before or one
 * after) that puts it nearest the publication date, moved a year back when its sentence is past
 * and it would fall over {@value #TENSE_SLACK_DAYS} days after publication, or a year on when its
 * sentence is future and it would fall that far before. Without a publication date a yearless
 * date takes the year of the nearest preceding full date (else the first following one, else
 * none). Stateless; thread-safe.
 */
public final class YearResolver {
    /** How far a date may fall on the wrong side of publication before its tense moves its year. */
    static final int TENSE_SLACK_DAYS = 31;

    private YearResolver() {
    }

    /**
     * @param r         a date of the text
     * @param published the publication date, or null
     * @param all       all dates of the text, sorted by span
     * @param tense     the tense of its sentence
     * @return its day, or null when it cannot be resolved
     */
    public static LocalDate resolve(RawDate r, LocalDate published, List<RawDate> all, Tense tense) {
        if (r.altMonth() != null) {
            return published == null ? null : nearer(r, published);
        }
        if (r.year() != null) {
            return r.date(r.year());
        }
        return published == null ? fromNeighbour(r, all) : nearPublication(r, published, tense);
    }

    /** The reading of an ambiguous slashed date nearer the publication date. */
    static LocalDate nearer(RawDate r, LocalDate published) {
        LocalDate first = r.date(r.year());
        LocalDate second = r.alternative().date(r.year());
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return distance(second, published) < distance(first, published) ? second : first;
    }

    private static LocalDate fromNeighbour(RawDate r, List<RawDate> all) {
        RawDate anchor = null;
        for (RawDate other : all) {
            if (other.full() && (other.span().start() < r.span().start() || anchor == null)) {
                anchor = other;
            }
        }
        return anchor == null ? null : r.date(anchor.year());
    }

    private static LocalDate nearPublication(RawDate r, LocalDate published, Tense tense) {
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = r.date(y);
            if (d != null && (best == null || distance(d, published) < distance(best, published))) {
                best = d;
            }
        }
        if (best == null) {
            return null;
        }
        long ahead = ChronoUnit.DAYS.between(published, best);
        if (tense == Tense.PAST && ahead > TENSE_SLACK_DAYS) {
            return r.date(best.getYear() - 1);
        }
        if (tense == Tense.FUTURE && ahead < -TENSE_SLACK_DAYS) {
            return r.date(best.getYear() + 1);
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
