package org.parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.Stage;
import org.parley.nlp.TokenStage;

/** Builds fixture articles and runs stages on them. */
final class Fixtures {
    private Fixtures() {
    }

    static Article article(String text, LocalDate published) {
        return new Article("fixture", "fixture.txt", text, new ArticleMetadata(null, published, null, null));
    }

    static Article run(String text, LocalDate published, Stage... stages) {
        Article a = article(text, published);
        List<Stage> all = new ArrayList<>(List.of(new SentenceStage(), new TokenStage()));
        all.addAll(List.of(stages));
        new Pipeline(all).process(a);
        return a;
    }

    static List<String> covered(Article a, List<Span> spans) {
        return spans.stream().map(a::text).toList();
    }

    /** A stand-in for the person stage: puts hand-made mentions for a fixture text. */
    static final class FakePersons implements Stage {
        private final List<PersonMention> mentions = new ArrayList<>();
        private final String text;

        FakePersons(String text) {
            this.text = text;
        }

        /** Adds a mention for every occurrence of {@code form}. */
        FakePersons person(String form, String name, String role, String country) {
            int at = text.indexOf(form);
            while (at >= 0) {
                mentions.add(new PersonMention(new Span(at, at + form.length()), form, name, role, country, null, 0.9));
                at = text.indexOf(form, at + form.length());
            }
            return this;
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.PERSONS);
        }

        @Override
        public void process(Article article) {
            article.put(Layers.PERSONS, mentions);
        }
    }
}
