package org.parley.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Article;
import org.parley.article.DateMention;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.article.Token;
import org.parley.nlp.Stage;

/**
 * Finds date expressions that name one calendar day and resolves them; provides the article's
 * publication date ({@link Layers#PUBLICATION_DATE}): the metadata's, else one found in the text.
 *
 * <p><b>Publication date</b> (only when {@code metadata().published()} is null), from the first
 * twelve lines, in this order of preference: a "Published"/"Posted" stamp ("Posted Feb 28, 2022
 * 6:48 AM CST"); a dateline ("KYIV, Ukraine, Feb. 28 (Reuters) -", "MOSCOW, September 19.
 * /TASS/."; a dateline without a year takes the year of the first dated expression with a year
 * in the text, else it is not used); a line that is only a stamp with a full date ("Friday, June
 * 27, 2025", "Sunday - 11/18/2012, 4:08pm ET": at most three other words); an "Updated" stamp;
 * finally a {@code /YYYY/MM/DD/} date in the metadata URL. Relative dates are resolved against it;
 * the metadata itself is left as it was read.
 *
 * <p><b>Absolute dates</b> (month names in title case, optional weekday before): "Feb. 28,
 * 2022", "February 28, 2022", "Monday, Feb. 28, 2022", "28 February 2022", "Fri 7 Jul 2017",
 * "Sept. 19", "June 28th", "on 5 September", "2022-03-02", "21.04.2013" (dots: always day
 * first), "11/18/2012" (slashes: day first when the first number exceeds 12, month first when
 * the second does; when both could be the month, the reading nearer the publication date wins,
 * and without a publication date no date is given). Ranges "June 15-18" and "15-18 June" give
 * the start day. A date without a year takes the year (publication year, one before or one
 * after) that puts it nearest the publication date; if the sentence is in the past and that day
 * is over 31 days after publication, the year before is used, and if the sentence is in the
 * future and it is over 31 days before, the year after. A sentence that starts in lower case (the
 * splitter cut after "a.m.") is read together with the one before it for its tense. Without a publication date the year of
 * the nearest preceding dated expression with a year is used (else the following one, else
 * none). Numbers without a month name ("660,000 people", "5 a.m.") are never dates.
 *
 * <p><b>Relative dates</b> need a publication date, else they yield nothing: "today", "tonight",
 * "this morning/afternoon/evening" = publication day, "yesterday" = day before, "tomorrow" = day
 * after. A weekday ("Thursday", "on Monday", "Wednesday's strike") is the publication day when
 * it is the same weekday; otherwise the most recent such day before publication, or the next one
 * after it when its sentence is in the future: "will", "shall", "'ll", "is/are set/due/scheduled/
 * expected to", "is/are to" + verb, "plans to", "going to", "upcoming", or a progressive "are
 * meeting" in a sentence without a past-tense marker ("said", "was", "met", ...). "last Sunday"
 * = that weekday in the calendar week (Monday to Sunday) before the publication week; "next
 * Monday" = the first such day strictly after publication. A weekday named several times in one
 * article is one day, the one most of its bare mentions' sentences point to. Weekdays that are part of a name
 * ("Good Friday", "Super Tuesday": one of a few words naming holidays before it) and "every Monday" are skipped. "this week", "last month" are not day-precise and
 * yield nothing.
 *
 * <p>Requires SENTENCES and TOKENS, provides DATES (sorted by span). Dates inside boilerplate
 * stamps are reported too (later stages may filter them against BOILERPLATE). Stateless and
 * thread-safe.
 */
public final class DateStage implements Stage {
    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String WEEKDAY_ANY =
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?!\\.\\d)";
    private static final String YEAR = "(?:,?\\s+((?:19|20)\\d{2})(?![\\d,]\\d|\\d))?";
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY_ANY + ",?\\s+(?:[-–]\\s+)?)?";
    private static final String RANGE_END = "(?:\\s*[-–]\\s*\\d{1,2}(?![\\d:]))?";

    // Each date pattern opens with a lookahead for the characters a match can start with: at most
    // positions of a text it fails at once, before the costlier word boundary and lookbehind.
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?=[ADFJMNOSTW])\\b" + WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + RANGE_END + YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?=[\\dFMSTW])(?<![\\d.,:/])\\b" + WEEKDAY_PREFIX + DAY + "(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?"
                    + MONTH + "(?!\\w)" + YEAR);
    private static final Pattern ISO = Pattern.compile("(?=[12])(?<![\\d-])((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern DOTTED = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?=\\d)(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DEICTIC = Pattern.compile(
            "\\b(?:(yesterday|today|tomorrow|tonight)|this (?:morning|afternoon|evening))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(last|next|this|Last|Next|This)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\w-])");

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|won['’]t|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|poised) to"
                    + "|(?:is|are) to (?:meet|hold|begin|start|resume|sign|visit|travel|arrive|attend|host|take|be|continue|open|convene)"
                    + "|plans? to|planning to|going to|upcoming)\\b|['’]ll\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROGRESSIVE = Pattern.compile("\\b(?:is|are)\\s+(?:\\w+ly\\s+)?\\w+ing\\b|['’]re\\s+\\w+ing\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST = Pattern.compile(
            "\\b(?:said|told|was|were|had|did|met|held|agreed|ended|began|announced|reported|signed|arrived|left"
                    + "|returned|took|came|went|attended|hosted|opened|started|concluded|emerged|yesterday|ago)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STAMP = Pattern.compile(
            "^(?:(?:First\\s+)?(Published|Posted)|(Updated|Last updated|Modified))(?:\\s+on)?\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]+(?:,\\s*\\p{Lu}[\\p{L} .'’-]*){0,2},\\s+(.{3,30}?)\\s*(?:\\(|/|--|-|—|–)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> STAMP_WORDS = Set.of("updated", "posted", "published", "last", "source", "on", "at");
    private static final Set<String> NAMED_DAYS = Set.of("Good", "Black", "Super", "Holy", "Maundy", "Ash", "Bloody",
            "Cyber", "Easter", "Palm", "Great", "Giving", "Whit", "Shrove", "Orthodox");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final int HEADER_LINES = 12;
    private static final int STAMP_OTHER_WORDS = 3;
    private static final int TENSE_SLACK_DAYS = 31;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PUBLICATION_DATE, Layers.DATES);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        LocalDate published = article.metadata().published();
        if (published == null) {
            published = publicationDate(text, article.metadata().url());
        }
        article.put(Layers.PUBLICATION_DATE, published == null ? List.of() : List.of(published));
        List<Sentence> sentences = article.get(Layers.SENTENCES);
        List<Raw> raws = absolute(text);
        List<DateMention> out = new ArrayList<>();
        for (Raw r : raws) {
            LocalDate date;
            if (r.altMonth != null) {
                date = published == null ? null : nearer(r, published);
            } else {
                date = r.year != null ? r.date(r.year) : resolveYear(r, published, raws, tense(text, sentences, r.span));
            }
            if (date != null) {
                out.add(new DateMention(r.span, r.span.of(text), date, false));
            }
        }
        if (published != null) {
            List<Span> taken = raws.stream().map(r -> r.span).toList();
            relative(article, published, sentences, taken, out);
        }
        out.sort(Comparator.comparing(DateMention::span));
        article.put(Layers.DATES, out);
    }

    /** A date found in the text, perhaps without its year yet. */
    private record Raw(Span span, Integer year, int month, int day, Integer altMonth, Integer altDay) {
        LocalDate date(int y) {
            try {
                return LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private enum Tense { PAST, FUTURE, NEUTRAL }

    private static List<Raw> absolute(String text) {
        List<Raw> out = new ArrayList<>();
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(out, new Raw(new Span(m.start(), m.end()), year(m.group(3)), month(m.group(1)),
                    Integer.parseInt(m.group(2)), null, null));
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(out, new Raw(new Span(m.start(), m.end()), year(m.group(3)), month(m.group(2)),
                    Integer.parseInt(m.group(1)), null, null));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(out, new Raw(new Span(m.start(), m.end()), year(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), null, null));
        }
        m = DOTTED.matcher(text);
        while (m.find()) {
            add(out, new Raw(new Span(m.start(), m.end()), year(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), null, null));
        }
        m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            y = y < 100 ? 2000 + y : y;
            Span span = new Span(m.start(), m.end());
            if (a > 12 && b <= 12) {
                add(out, new Raw(span, y, b, a, null, null));
            } else if (b > 12 && a <= 12) {
                add(out, new Raw(span, y, a, b, null, null));
            } else if (a <= 12 && b <= 12) {
                add(out, new Raw(span, y, a, b, b, a));
            }
        }
        out.removeIf(r -> r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31);
        out.sort(Comparator.comparing(Raw::span));
        return out;
    }

    private static void add(List<Raw> out, Raw candidate) {
        for (int i = 0; i < out.size(); i++) {
            Span s = out.get(i).span;
            if (s.overlaps(candidate.span)) {
                if (candidate.span.length() > s.length()) {
                    out.set(i, candidate);
                }
                return;
            }
        }
        out.add(candidate);
    }

    private static Integer year(String s) {
        return s == null ? null : Integer.valueOf(s);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate nearer(Raw r, LocalDate published) {
        LocalDate first = r.date(r.year);
        LocalDate second = new Raw(r.span, r.year, r.altMonth, r.altDay, null, null).date(r.year);
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return distance(second, published) < distance(first, published) ? second : first;
    }

    private static LocalDate resolveYear(Raw r, LocalDate published, List<Raw> all, Tense tense) {
        if (published == null) {
            Raw anchor = null;
            for (Raw other : all) {
                if (other.year != null && other.altMonth == null
                        && (other.span.start() < r.span.start() || anchor == null)) {
                    anchor = other;
                }
            }
            return anchor == null ? null : r.date(anchor.year);
        }
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

    private void relative(Article article, LocalDate published, List<Sentence> sentences, List<Span> taken,
                          List<DateMention> out) {
        String text = article.text();
        List<Span> covered = new ArrayList<>(taken);
        for (DateMention d : out) {
            covered.add(d.span());
        }
        Matcher m = DEICTIC.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String word = m.group(1) == null ? "today" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = switch (word) {
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            out.add(new DateMention(span, span.of(text), date, true));
        }
        List<Token> tokens = article.get(Layers.TOKENS);
        Map<DayOfWeek, int[]> votes = new EnumMap<>(DayOfWeek.class);
        List<int[]> bare = new ArrayList<>();
        m = WEEKDAY.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (covered.stream().anyMatch(c -> c.overlaps(span)) || partOfName(tokens, m.start(2))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean future = tense(text, sentences, span) == Tense.FUTURE;
            LocalDate date = switch (modifier) {
                case "last" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
                        .with(TemporalAdjusters.nextOrSame(day));
                case "next" -> published.with(TemporalAdjusters.next(day));
                default -> future
                        ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
            };
            if (modifier.isEmpty()) {
                votes.computeIfAbsent(day, k -> new int[2])[future ? 1 : 0]++;
                bare.add(new int[] {out.size(), day.ordinal()});
            }
            out.add(new DateMention(span, span.of(text), date, true));
        }
        oneDayPerWeekday(published, votes, bare, out);
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

    private static boolean partOfName(List<Token> tokens, int start) {
        Token previous = null;
        for (Token t : tokens) {
            if (t.span().start() >= start) {
                break;
            }
            previous = t;
        }
        return previous != null && (previous.text().equalsIgnoreCase("every") || NAMED_DAYS.contains(previous.text()));
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }

    private static Tense tense(String text, List<Sentence> sentences, Span span) {
        Sentence s = sentenceAt(sentences, span.start());
        if (s == null) {
            return Tense.NEUTRAL;
        }
        int start = s.span().start();
        if (s.index() > 0 && Character.isLowerCase(text.charAt(start))) {
            Sentence before = sentences.get(s.index() - 1);
            if (text.substring(before.span().end(), start).indexOf('\n') < 0) {
                start = before.span().start();
            }
        }
        String sentence = text.substring(start, s.span().end());
        if (FUTURE.matcher(sentence).find()) {
            return Tense.FUTURE;
        }
        boolean past = PAST.matcher(sentence).find();
        if (!past && PROGRESSIVE.matcher(sentence).find()) {
            return Tense.FUTURE;
        }
        return past ? Tense.PAST : Tense.NEUTRAL;
    }

    /**
     * Finds the publication date in the first lines of a text.
     *
     * @param text the article text
     * @param url  the article's address, or null
     * @return the date, or null when the text gives none
     */
    static LocalDate publicationDate(String text, String url) {
        List<Span> lines = Lines.of(text);
        lines = lines.subList(0, Math.min(lines.size(), HEADER_LINES));
        List<Raw> all = absolute(text);
        Integer textYear = all.stream().filter(r -> r.year != null && r.altMonth == null).map(r -> r.year)
                .findFirst().orElse(null);
        LocalDate published = null;
        LocalDate dateline = null;
        LocalDate stampLine = null;
        LocalDate updated = null;
        for (Span line : lines) {
            String s = line.of(text);
            Matcher stamp = STAMP.matcher(s);
            if (stamp.matches()) {
                LocalDate d = firstFullDate(stamp.group(3));
                if (stamp.group(1) != null && published == null) {
                    published = d;
                } else if (stamp.group(2) != null && updated == null) {
                    updated = d;
                }
                continue;
            }
            Matcher dl = DATELINE.matcher(s);
            if (dateline == null && dl.find()) {
                List<Raw> in = absolute(dl.group(1));
                if (!in.isEmpty() && in.get(0).span.start() == 0) {
                    Raw r = in.get(0);
                    Integer y = r.year != null ? r.year : textYear;
                    dateline = y == null || r.altMonth != null ? null : r.date(y);
                }
            }
            if (stampLine == null) {
                stampLine = stampLineDate(s);
            }
        }
        if (published != null) {
            return published;
        }
        if (dateline != null) {
            return dateline;
        }
        if (stampLine != null) {
            return stampLine;
        }
        if (updated != null) {
            return updated;
        }
        if (url != null) {
            Matcher u = URL_DATE.matcher(url);
            if (u.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(u.group(1)), Integer.parseInt(u.group(2)),
                            Integer.parseInt(u.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate firstFullDate(String s) {
        for (Raw r : absolute(s)) {
            if (r.year != null && r.altMonth == null) {
                return r.date(r.year);
            }
        }
        return null;
    }

    private static LocalDate stampLineDate(String line) {
        List<Raw> in = absolute(line);
        Raw full = in.stream().filter(r -> r.year != null && r.altMonth == null).findFirst().orElse(null);
        if (full == null) {
            return null;
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = in.size() - 1; i >= 0; i--) {
            rest.replace(in.get(i).span.start(), in.get(i).span.end(), " ");
        }
        String others = TIME.matcher(rest).replaceAll(" ");
        int words = 0;
        Matcher w = WORD.matcher(others);
        while (w.find()) {
            String word = w.group();
            boolean caps = word.equals(word.toUpperCase(Locale.ROOT));
            if (!caps && !STAMP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words++;
            }
        }
        return words <= STAMP_OTHER_WORDS ? full.date(full.year) : null;
    }
}
