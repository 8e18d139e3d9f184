package org.parley.extract.delegation;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.extract.Extraction;
import org.parley.nlp.Pipeline;

/** Runs the full pipeline over a fixture text, then chosen delegation rules on a fresh context. */
final class DelegationFixtures {
    private static final ThreadLocal<Pipeline> PIPELINE = ThreadLocal.withInitial(Extraction::pipeline);

    private DelegationFixtures() {
    }

    static DelegationContext context(String text) {
        Article a = new Article("fixture", "fixture.txt", text,
                new ArticleMetadata(null, LocalDate.of(2024, 3, 4), null, null));
        return new DelegationContext(PIPELINE.get().process(a));
    }

    /** @return "SIDE head=Name members=A, B" per draft after the rules ran, joined by "; " */
    static String run(String text, DelegationRule... rules) {
        DelegationContext ctx = context(text);
        for (DelegationRule rule : rules) {
            rule.apply(ctx);
        }
        return describe(ctx);
    }

    /** @return "Side label head=Name members=A, B" per draft after the rules ran, joined by "; " */
    static String labels(String text, DelegationRule... rules) {
        DelegationContext ctx = context(text);
        for (DelegationRule rule : rules) {
            rule.apply(ctx);
        }
        return ctx.drafts().stream()
                .map(d -> d.side.label() + " head=" + (d.head == null ? "-" : d.head.value())
                        + " members=" + d.members.stream().map(m -> m.value()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    static String describe(DelegationContext ctx) {
        return ctx.drafts().stream()
                .map(d -> (d.side.countryCode() != null ? d.side.countryCode() : d.side.text())
                        + " head=" + (d.head == null ? "-" : d.head.value())
                        + " members=" + d.members.stream().map(m -> m.value()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
