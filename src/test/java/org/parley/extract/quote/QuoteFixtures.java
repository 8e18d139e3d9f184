package org.parley.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;

/** Builds quote contexts for short fixture texts with hand-made person mentions. */
final class QuoteFixtures {
    static final RoleResolver ROLES = new RoleResolver();
    static final Segmenter SEGMENTER = new Segmenter(new QuoteMarks());

    private QuoteFixtures() {
    }

    /**
     * @param text    the text
     * @param persons person specs "Name" or "Name:role:CC" (role and country may be empty); every
     *                occurrence of the name is a mention
     * @return the person mentions, sorted by span
     */
    static List<PersonMention> persons(String text, String persons) {
        List<PersonMention> out = new ArrayList<>();
        if (persons == null || persons.isBlank()) {
            return out;
        }
        for (String spec : persons.split(";")) {
            String[] f = spec.strip().split(":", -1);
            String role = f.length > 1 && !f[1].isEmpty() ? f[1] : null;
            String cc = f.length > 2 && !f[2].isEmpty() ? f[2] : null;
            int at = text.indexOf(f[0]);
            while (at >= 0) {
                out.add(new PersonMention(new Span(at, at + f[0].length()), f[0], f[0], role, cc, null, 0.9));
                at = text.indexOf(f[0], at + f[0].length());
            }
        }
        out.sort(Comparator.comparing(PersonMention::span));
        return out;
    }

    static QuoteContext context(String text, String persons) {
        Article a = new Article("fixture", "fixture.txt", text, new ArticleMetadata(null, null, null, null));
        new Pipeline(List.of(new SentenceStage())).process(a);
        List<Span> quoted = SEGMENTER.segments(text).stream()
                .map(s -> new Span(s.open(), Math.min(text.length(), s.close() + 1))).toList();
        return new QuoteContext(text, a.get(Layers.SENTENCES), persons(text, persons), quoted, ROLES);
    }

    static String describe(Speaker s) {
        return s == null ? "-" : s.name() + " " + s.confidence();
    }
}
