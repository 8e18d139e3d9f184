package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.DateMention;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.date.AbsoluteDates;
import org.parley.extract.date.DateCandidates;
import org.parley.extract.date.DeicticDates;
import org.parley.extract.date.PublicationDate;
import org.parley.extract.date.RawDate;
import org.parley.extract.date.SlashedDates;
import org.parley.extract.date.Tense;
import org.parley.extract.date.WeekdayDates;
import org.parley.extract.date.YearResolver;
import org.parley.nlp.Stage;

/**
 * Finds date expressions that name one calendar day and resolves them; provides the article's
 * publication date ({@link Layers#PUBLICATION_DATE}): the metadata's, else one found in the text.
 *
 * <p>The rules, in the order they run:
 * <ol>
 *   <li>{@link PublicationDate} (only when {@code metadata().published()} is null): stamps,
 *       datelines, stamp lines and the URL, from the first {@value PublicationDate#HEADER_LINES}
 *       lines; the metadata itself is left as it was read;</li>
 *   <li>{@link DateCandidates}: calendar dates of {@link AbsoluteDates} ("Feb. 28, 2022", "28
 *       February", "2022-03-02", "21.04.2013") and {@link SlashedDates} ("11/18/2012"), without
 *       overlaps;</li>
 *   <li>{@link YearResolver}: the day of each, using the publication date and the {@link Tense} of
 *       its sentence for a missing year;</li>
 *   <li>with a publication date only: {@link DeicticDates} ("yesterday", "this morning"), then
 *       {@link WeekdayDates} ("on Monday", "last Sunday"; weekdays inside calendar dates are
 *       skipped). "this week", "last month" are not day-precise and yield nothing.</li>
 * </ol>
 *
 * <p>Requires SENTENCES and TOKENS, provides PUBLICATION_DATE and DATES (sorted by span). Dates
 * inside boilerplate stamps are reported too (later stages may filter them against BOILERPLATE).
 * Stateless and thread-safe.
 */
public final class DateStage implements Stage {
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
        List<RawDate> raws = DateCandidates.find(text);
        List<DateMention> out = new ArrayList<>();
        for (RawDate r : raws) {
            Tense tense = r.year() == null && r.altMonth() == null ? Tense.at(text, sentences, r.span()) : Tense.NEUTRAL;
            LocalDate date = YearResolver.resolve(r, published, raws, tense);
            if (date != null) {
                out.add(new DateMention(r.span(), r.span().of(text), date, false));
            }
        }
        if (published != null) {
            List<Span> covered = new ArrayList<>(raws.stream().map(RawDate::span).toList());
            out.forEach(d -> covered.add(d.span()));
            out.addAll(DeicticDates.find(text, published));
            out.addAll(WeekdayDates.find(text, article.get(Layers.TOKENS), sentences, published, covered));
        }
        out.sort(Comparator.comparing(DateMention::span));
        article.put(Layers.DATES, out);
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
        return PublicationDate.find(text, lines.subList(0, Math.min(lines.size(), PublicationDate.HEADER_LINES)), url);
    }
}
