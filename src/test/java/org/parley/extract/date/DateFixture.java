package org.parley.extract.date;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.DateMention;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.TokenStage;

/** Builds fixture articles with sentences and tokens for the date rules. */
final class DateFixture {
    private DateFixture() {
    }

    static Article annotate(String text) {
        Article a = new Article("fixture", "fixture.txt", text, new ArticleMetadata(null, null, null, null));
        return new Pipeline(List.of(new SentenceStage(), new TokenStage())).process(a);
    }

    static String describe(List<DateMention> dates) {
        String out = dates.stream().map(d -> d.text() + "=" + d.date()).collect(Collectors.joining(", "));
        return out.isEmpty() ? "-" : out;
    }

    /** The Wednesday the relative-date tables are published on. */
    static final LocalDate WEDNESDAY = LocalDate.of(2023, 4, 5);
}
