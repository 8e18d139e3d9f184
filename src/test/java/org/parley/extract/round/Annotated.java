package org.parley.extract.round;

import java.time.LocalDate;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.Extraction;
import org.parley.nlp.Pipeline;

/** Runs the full extraction pipeline over short test texts and gives the round rules' inputs. */
final class Annotated {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Extraction::pipeline);

    private Annotated() {
    }

    /** The facts of a text run through the whole pipeline. */
    static ArticleFacts facts(String text, String published) {
        Article a = new Article("test", "test.txt", text,
                new ArticleMetadata(null, published == null ? null : LocalDate.parse(published), null, null));
        return ArticleFacts.of(PIPELINE.get().process(a));
    }

    /** The context of one sentence of an annotated text. */
    static MentionContext context(String text, String published, int index) {
        ArticleFacts facts = facts(text, published);
        Sentence s = facts.article().get(Layers.SENTENCES).get(index);
        return new MentionContext(facts, s, s.span().of(text), false);
    }

    /** The context of the last sentence of an annotated text. */
    static MentionContext last(String text, String published) {
        ArticleFacts facts = facts(text, published);
        List<Sentence> all = facts.article().get(Layers.SENTENCES);
        Sentence s = all.get(all.size() - 1);
        return new MentionContext(facts, s, s.span().of(text), false);
    }

    /** A context for rules that read only the sentence's text (no annotation). */
    static MentionContext plain(String sentence) {
        return new MentionContext(null, new Sentence(0, new Span(0, sentence.length())), sentence, false);
    }

    /** A fresh draft for the context, with the rules applied in the given order. */
    static RoundDraft apply(MentionContext context, MentionRule... rules) {
        RoundDraft draft = new RoundDraft(context.span());
        for (MentionRule rule : rules) {
            rule.apply(context, draft);
        }
        return draft;
    }
}
