package org.parley.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.DateMention;
import org.parley.article.Span;
import org.parley.extract.lexicon.Lexicon;

/**
 * Days named relative to publication ({@code deictic-days.txt}): "today", "tonight", "this
 * morning/afternoon/evening" = publication day, "yesterday" = the day before, "tomorrow" = the day
 * after. Stateless; thread-safe.
 */
public final class DeicticDates {
    private static final String FILE = "deictic-days";
    private static final Set<String> DAY_BEFORE = Lexicon.lowerWords(FILE, "day-before");
    private static final Set<String> DAY_AFTER = Lexicon.lowerWords(FILE, "day-after");
    private static final Pattern DEICTIC = Pattern.compile("\\b(?:("
            + String.join("|", Lexicon.entries(FILE, "day-before")) + "|"
            + String.join("|", Lexicon.entries(FILE, "same-day")) + "|"
            + String.join("|", Lexicon.entries(FILE, "day-after")) + ")|this "
            + Lexicon.alternation(FILE, "this-part-of-day") + ")\\b", Pattern.CASE_INSENSITIVE);

    private DeicticDates() {
    }

    /**
     * @param text      the article text
     * @param published the publication date
     * @return the relative date mentions, in text order
     */
    public static List<DateMention> find(String text, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DEICTIC.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String word = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            LocalDate date = DAY_BEFORE.contains(word) ? published.minusDays(1)
                    : DAY_AFTER.contains(word) ? published.plusDays(1) : published;
            out.add(new DateMention(span, span.of(text), date, true));
        }
        return out;
    }
}
