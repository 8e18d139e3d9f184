package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.List;
import org.parley.article.Article;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.Relevance;
import org.parley.article.RoundMention;
import org.parley.article.Span;

/**
 * Keeps the rounds and delegations that rest on diplomatic negotiation: the article must be
 * relevant ({@link Layers#ARTICLE_RELEVANCE} at least {@link #ARTICLE_MIN}) and so must a sentence
 * the fact rests on ({@link Layers#RELEVANCE} at least {@link #SENTENCE_MIN}). The confidences of
 * what is kept are scaled by the weaker of the two scores, relative to {@link #CERTAIN}, so that a
 * fact from a clearly relevant text keeps its confidence and a doubtful one loses some.
 *
 * <p>The stages that make rounds and delegations call it once, at the end of their work. Needs
 * the RELEVANCE and ARTICLE_RELEVANCE layers. Stateless and thread-safe.
 */
public final class RelevanceGate {
    /** Below this an article is not about diplomatic negotiation: nothing of it becomes a round. */
    public static final double ARTICLE_MIN = 0.45;
    /** Below this a sentence speaks of something else (a tennis round in a talks article). */
    public static final double SENTENCE_MIN = 0.3;
    /** From this score on a text is surely relevant and facts keep their full confidence. */
    public static final double CERTAIN = 0.75;

    private RelevanceGate() {
    }

    /**
     * @param article an article with the relevance layers
     * @param rounds  the rounds found in it
     * @return the rounds with a relevant sentence among their spans, in a relevant article, with
     *         scaled confidences
     */
    public static List<RoundMention> rounds(Article article, List<RoundMention> rounds) {
        List<RoundMention> out = new ArrayList<>();
        for (RoundMention r : rounds) {
            double sentence = 0;
            for (Span s : r.spans()) {
                sentence = Math.max(sentence, sentenceScore(article, s));
            }
            double factor = factor(article, sentence);
            if (factor > 0) {
                out.add(scale(r, factor));
            }
        }
        return out;
    }

    /**
     * @param article     an article with the relevance layers
     * @param delegations the delegations found in it
     * @return the delegations named in a relevant sentence of a relevant article, with scaled
     *         confidences
     */
    public static List<DelegationMention> delegations(Article article, List<DelegationMention> delegations) {
        List<DelegationMention> out = new ArrayList<>();
        for (DelegationMention d : delegations) {
            double factor = factor(article, sentenceScore(article, d.span()));
            if (factor > 0) {
                out.add(new DelegationMention(d.span(), d.side(), scale(d.head(), factor), scale(d.members(), factor),
                        d.round()));
            }
        }
        return out;
    }

    /**
     * @param article  an article with the relevance layers
     * @param sentence the score of the sentence a fact rests on
     * @return 0 when the fact is to be dropped, else the factor for its confidences, in (0,1]
     */
    static double factor(Article article, double sentence) {
        double whole = article.get(Layers.ARTICLE_RELEVANCE).stream().findFirst().orElse(0.0);
        if (whole < ARTICLE_MIN || sentence < SENTENCE_MIN) {
            return 0;
        }
        return Math.min(1, Math.min(whole, sentence) / CERTAIN);
    }

    /** @return the score of the sentence holding the span's start, 0 when none does */
    static double sentenceScore(Article article, Span span) {
        for (Relevance r : article.get(Layers.RELEVANCE)) {
            if (r.span().contains(span.start())) {
                return r.score();
            }
        }
        return 0;
    }

    private static RoundMention scale(RoundMention r, double f) {
        return new RoundMention(r.spans(), r.label(), scale(r.ordinal(), f), scale(r.date(), f), scale(r.place(), f),
                scale(r.places(), f), scale(r.parties(), f), scale(r.mediators(), f), scale(r.mediatorPersons(), f),
                scale(r.participants(), f), scale(r.outcomes(), f), scale(r.topics(), f), r.announced());
    }

    private static <T> Evidenced<T> scale(Evidenced<T> e, double f) {
        return e == null ? null : new Evidenced<>(e.value(), e.span(), e.confidence() * f);
    }

    private static <T> List<Evidenced<T>> scale(List<Evidenced<T>> list, double f) {
        List<Evidenced<T>> out = new ArrayList<>(list.size());
        list.forEach(e -> out.add(scale(e, f)));
        return out;
    }
}
