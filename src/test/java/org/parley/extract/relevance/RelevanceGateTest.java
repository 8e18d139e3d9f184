package org.parley.extract.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.Relevance;
import org.parley.article.RoundMention;
import org.parley.article.Span;

/** Which rounds and delegations the gate keeps, and how it scales their confidences. */
class RelevanceGateTest {
    private static final String TEXT = "First sentence here. Second sentence here.";
    private static final Span FIRST = new Span(0, 20);
    private static final Span SECOND = new Span(21, 42);

    private static Article article(double article, double first, double second) {
        Article a = new Article("fixture", "fixture.txt", TEXT, new ArticleMetadata(null, null, null, null));
        a.put(Layers.RELEVANCE, List.of(new Relevance(0, FIRST, first), new Relevance(1, SECOND, second)));
        a.put(Layers.ARTICLE_RELEVANCE, List.of(article));
        return a;
    }

    private static RoundMention round(Span... spans) {
        Evidenced<Integer> ordinal = new Evidenced<>(2, spans[0], 0.8);
        return new RoundMention(List.of(spans), "second round", ordinal, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(new Evidenced<>("A. Person", spans[0], 0.6)), List.of(), List.of(), false);
    }

    @ParameterizedTest(name = "article {0}, sentences {1}/{2}: kept {3}, ordinal confidence {4}")
    @CsvSource(textBlock = """
            0.9,  0.9,  0.1,  true,  0.8
            0.9,  0.1,  0.9,  true,  0.8
            0.9,  0.1,  0.1,  false, 0
            0.3,  0.9,  0.9,  false, 0
            0.6,  0.9,  0.9,  true,  0.64
            0.9,  0.375, 0.1, true,  0.4
            """)
    void roundNeedsARelevantArticleAndOneRelevantSentence(double article, double first, double second,
                                                          boolean kept, double ordinalConfidence) {
        List<RoundMention> out = RelevanceGate.rounds(article(article, first, second), List.of(round(FIRST, SECOND)));
        assertEquals(kept ? 1 : 0, out.size());
        if (kept) {
            assertEquals(ordinalConfidence, out.get(0).ordinal().confidence(), 1e-9);
            assertEquals(ordinalConfidence * 0.6 / 0.8, out.get(0).participants().get(0).confidence(), 1e-9);
        }
    }

    @ParameterizedTest(name = "article {0}, its sentence {1}: kept {2}, head confidence {3}")
    @CsvSource(textBlock = """
            0.9,  0.9,  true,  0.8
            0.9,  0.2,  false, 0
            0.4,  0.9,  false, 0
            0.9,  0.6,  true,  0.64
            """)
    void delegationNeedsItsSentenceAndItsArticle(double article, double sentence, boolean kept,
                                                 double headConfidence) {
        Span span = new Span(0, 5);
        AgentRef side = AgentRef.country(span, "First", "NV", "NV", AgentRef.Form.NAME);
        DelegationMention d = new DelegationMention(span, side, new Evidenced<>("A. Person", span, 0.8), List.of(), -1);
        List<DelegationMention> out = RelevanceGate.delegations(article(article, sentence, 0.1), List.of(d));
        assertEquals(kept ? 1 : 0, out.size());
        if (kept) {
            assertEquals(headConfidence, out.get(0).head().confidence(), 1e-9);
        }
    }
}
