package org.parley.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Finds an article's publication date in its header lines, in this order of preference: a
 * "Published"/"Posted" stamp ("Posted Feb 28, 2022 6:48 AM CST"); a dateline ("KYIV, Ukraine,
 * Feb. 28 (Reuters) -", "MOSCOW, September 19. /TASS/."; a dateline without a year takes the year
 * of the first full date in the text, else it is not used); a line that is only a stamp with a
 * full date ("Friday, June 27, 2025", "Sunday - 11/18/2012, 4:08pm ET": at most
 * {@value #STAMP_OTHER_WORDS} other words); an "Updated" stamp; finally a {@code /YYYY/MM/DD/}
 * date in the article's URL. Stamp words are in {@code publication-stamps.txt}. Stateless;
 * thread-safe.
 */
public final class PublicationDate {
    /** How many header lines are searched. */
    public static final int HEADER_LINES = 12;
    /** How many words besides the date, times and stamp words a stamp line may hold. */
    static final int STAMP_OTHER_WORDS = 3;
    private static final String FILE = "publication-stamps";
    private static final Pattern STAMP = Pattern.compile(
            "^(?:(?:First\\s+)?(" + String.join("|", Lexicon.entries(FILE, "published")) + ")|("
                    + String.join("|", Lexicon.entries(FILE, "updated")) + "))(?:\\s+on)?\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’-]+(?:,\\s*\\p{Lu}[\\p{L} .'’-]*){0,2},\\s+(.{3,30}?)\\s*(?:\\(|/|--|-|—|–)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> STAMP_LINE_WORDS = Lexicon.lowerWords(FILE, "stamp-line-words");

    private PublicationDate() {
    }

    /** The dates the header lines give, each the first of its kind. */
    private static final class Found {
        private LocalDate published;
        private LocalDate dateline;
        private LocalDate stampLine;
        private LocalDate updated;

        LocalDate best() {
            return published != null ? published : dateline != null ? dateline : stampLine != null ? stampLine : updated;
        }
    }

    /**
     * @param text  the article text
     * @param lines its header lines (at most {@link #HEADER_LINES})
     * @param url   the article's address, or null
     * @return the publication date, or null when neither the text nor the URL gives one
     */
    public static LocalDate find(String text, List<Span> lines, String url) {
        Integer textYear = DateCandidates.find(text).stream().filter(RawDate::full).map(RawDate::year)
                .findFirst().orElse(null);
        Found found = new Found();
        for (Span line : lines) {
            read(line.of(text), textYear, found);
        }
        LocalDate best = found.best();
        return best != null || url == null ? best : fromUrl(url);
    }

    private static void read(String line, Integer textYear, Found found) {
        Matcher stamp = STAMP.matcher(line);
        if (stamp.matches()) {
            LocalDate d = firstFullDate(stamp.group(3));
            if (stamp.group(1) != null && found.published == null) {
                found.published = d;
            } else if (stamp.group(2) != null && found.updated == null) {
                found.updated = d;
            }
            return;
        }
        Matcher dl = DATELINE.matcher(line);
        if (found.dateline == null && dl.find()) {
            List<RawDate> in = DateCandidates.find(dl.group(1));
            if (!in.isEmpty() && in.get(0).span().start() == 0) {
                RawDate r = in.get(0);
                Integer y = r.year() != null ? r.year() : textYear;
                found.dateline = y == null || r.altMonth() != null ? null : r.date(y);
            }
        }
        if (found.stampLine == null) {
            found.stampLine = stampLineDate(line);
        }
    }

    private static LocalDate fromUrl(String url) {
        Matcher u = URL_DATE.matcher(url);
        if (!u.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(u.group(1)), Integer.parseInt(u.group(2)), Integer.parseInt(u.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate firstFullDate(String s) {
        for (RawDate r : DateCandidates.find(s)) {
            if (r.full()) {
                return r.date(r.year());
            }
        }
        return null;
    }

    /** The full date of a line that holds little besides it (times, stamp words, capitalized words). */
    static LocalDate stampLineDate(String line) {
        List<RawDate> in = DateCandidates.find(line);
        RawDate full = in.stream().filter(RawDate::full).findFirst().orElse(null);
        if (full == null) {
            return null;
        }
        StringBuilder rest = new StringBuilder(line);
        for (int i = in.size() - 1; i >= 0; i--) {
            rest.replace(in.get(i).span().start(), in.get(i).span().end(), " ");
        }
        String others = TIME.matcher(rest).replaceAll(" ");
        int words = 0;
        Matcher w = WORD.matcher(others);
        while (w.find()) {
            String word = w.group();
            boolean caps = word.equals(word.toUpperCase(Locale.ROOT));
            if (!caps && !STAMP_LINE_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                words++;
            }
        }
        return words <= STAMP_OTHER_WORDS ? full.date(full.year()) : null;
    }
}
