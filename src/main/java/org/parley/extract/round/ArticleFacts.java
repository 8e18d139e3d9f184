package org.parley.extract.round;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.extract.TokenView;

/**
 * What every round rule may need to know of the whole article, read once per article.
 *
 * <p>Immutable once built (the article is read, not written); safe to share within one article's run.
 *
 * @param article         the article, with the layers {@link org.parley.extract.RoundStage} requires
 * @param tokens          a token view of it
 * @param published       its publication date, or null
 * @param personCountries the country code of each person's name, where the person stage gives one
 * @param dateline        the place of the article's dateline, or null
 */
public record ArticleFacts(Article article, TokenView tokens, LocalDate published,
                           Map<String, String> personCountries, PlaceMention dateline) {
    /** Minimum length of a dateline place name (shorter upper-case names are abbreviations). */
    private static final int DATELINE_MIN_CHARS = 3;

    /**
     * @param article an article with SENTENCES, POS, PUBLICATION_DATE, PLACES and PERSONS
     * @return its facts
     */
    public static ArticleFacts of(Article article) {
        LocalDate published = article.get(Layers.PUBLICATION_DATE).stream().findFirst().orElse(null);
        Map<String, String> personCountries = new LinkedHashMap<>();
        for (PersonMention p : article.get(Layers.PERSONS)) {
            if (p.countryCode() != null) {
                personCountries.putIfAbsent(p.name(), p.countryCode());
            }
        }
        return new ArticleFacts(article, new TokenView(article), published, personCountries, dateline(article));
    }

    /** The place of a dateline ("VALLETTA, Malta, July 28 (Harbour News) --"): an upper-case place opening a line. */
    static PlaceMention dateline(Article article) {
        String text = article.text();
        for (PlaceMention p : article.get(Layers.PLACES)) {
            int s = p.span().start();
            boolean lineStart = s == 0 || text.charAt(s - 1) == '\n';
            if (lineStart && p.text().equals(p.text().toUpperCase(Locale.ROOT))
                    && p.text().length() >= DATELINE_MIN_CHARS && p.place().kind() != Place.Kind.COUNTRY) {
                return p;
            }
        }
        return null;
    }
}
