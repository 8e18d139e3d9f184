package org.parley.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.DateMention;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.article.Token;
import org.parley.extract.lexicon.Lexicon;

/**
 * Weekdays resolved against the publication date: a bare weekday ("on Monday", "Wednesday's
 * strike") is the publication day when it is the same weekday, else the most recent such day
 * before publication, or the next one after it when its sentence is future ({@link Tense}). "last
 * Sunday" = that weekday in the calendar week (Monday to Sunday) before the publication week;
 * "next Monday" = the first such day strictly after publication. A weekday named several times
 * in one article is one day, the one most of its bare mentions' sentences point to. Weekdays that
 * are part of a name ("Good Friday": {@code named-day-words.txt} [holiday]), "every Monday"
 * ([recurring]) and weekdays inside a calendar date are skipped. Stateless; thread-safe.
 */
public final class WeekdayDates {
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(last|next|this|Last|Next|This)\\s+)?" + DateWords.WEEKDAY_NAME + "(?![\\w-])");
    private static final Set<String> HOLIDAY_WORDS = Lexicon.words("named-day-words", "holiday");
    private static final Set<String> RECURRING = Lexicon.lowerWords("named-day-words", "recurring");

    private WeekdayDates() {
    }

    /**
     * @param text      the article text
     * @param tokens    its tokens
     * @param sentences its sentences
     * @param published the publication date
     * @param covered   spans already read as dates (weekdays inside them are skipped)
     * @return the weekday mentions, in text order
     */
    public static List<DateMention> find(String text, List<Token> tokens, List<Sentence> sentences,
                                         LocalDate published, List<Span> covered) {
        List<DateMention> out = new ArrayList<>();
        Map<DayOfWeek, int[]> votes = new EnumMap<>(DayOfWeek.class);
        List<int[]> bare = new ArrayList<>();
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (covered.stream().anyMatch(c -> c.overlaps(span)) || partOfName(tokens, m.start(2))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean future = Tense.at(text, sentences, span) == Tense.FUTURE;
            if (modifier.isEmpty()) {
                votes.computeIfAbsent(day, k -> new int[2])[future ? 1 : 0]++;
                bare.add(new int[] {out.size(), day.ordinal()});
            }
            out.add(new DateMention(span, span.of(text), resolve(published, day, modifier, future), true));
        }
        oneDayPerWeekday(published, votes, bare, out);
        return out;
    }

    private static LocalDate resolve(LocalDate published, DayOfWeek day, String modifier, boolean future) {
        return switch (modifier) {
            case "last" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                    .with(TemporalAdjusters.nextOrSame(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            default -> future
                    ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    /**
     * A weekday named several times in one article is one day: where most of its bare mentions
     * ("on Tuesday", "Tuesday's summit") sit in future sentences, all of them take the coming
     * day, where most sit in past or neutral ones, the past day; a tie leaves each as it is.
     */
    private static void oneDayPerWeekday(LocalDate published, Map<DayOfWeek, int[]> votes, List<int[]> bare,
                                         List<DateMention> out) {
        for (int[] b : bare) {
            DayOfWeek day = DayOfWeek.values()[b[1]];
            int[] v = votes.get(day);
            if (v[0] == v[1]) {
                continue;
            }
            LocalDate date = v[1] > v[0] ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
            DateMention d = out.get(b[0]);
            if (!d.date().equals(date)) {
                out.set(b[0], new DateMention(d.span(), d.text(), date, true));
            }
        }
    }

    /** True when the token before the weekday names a holiday ("Good Friday") or a repetition ("every"). */
    private static boolean partOfName(List<Token> tokens, int start) {
        Token previous = null;
        for (Token t : tokens) {
            if (t.span().start() >= start) {
                break;
            }
            previous = t;
        }
        return previous != null && (RECURRING.contains(previous.text().toLowerCase(Locale.ROOT))
                || HOLIDAY_WORDS.contains(previous.text()));
    }
}
