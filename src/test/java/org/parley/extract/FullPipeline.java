package org.parley.extract;

import java.time.LocalDate;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.nlp.Pipeline;

/** Runs the full extraction pipeline over small fixture texts. */
final class FullPipeline {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Extraction::pipeline);

    private FullPipeline() {
    }

    static Article annotate(String text, String published) {
        Article a = new Article("fixture", "fixture.txt", text,
                new ArticleMetadata(null, published == null ? null : LocalDate.parse(published), null, null));
        return PIPELINE.get().process(a);
    }
}
