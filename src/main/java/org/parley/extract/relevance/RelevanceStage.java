package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Relevance;
import org.parley.article.Sentence;
import org.parley.nlp.Stage;

/**
 * Decides, per sentence and per article, whether the text reports negotiation between states,
 * governments, armed groups or their envoys, so that rounds and delegations are made only from
 * diplomatic talks and not from election rounds, tennis rounds, funding rounds, merger or pay
 * talks, sports delegations or mountain summits.
 *
 * <p>Each sentence gets the {@link RelevanceModel}'s probability ({@link Layers#RELEVANCE}, one
 * element per sentence). The article's score ({@link Layers#ARTICLE_RELEVANCE}) is the mean score
 * of its cued sentences, those with an entry of the lexicon's cues ({@link RelevanceCues}: talks,
 * rounds, envoys, ministers, but also matches, votes, investors, unions...): they say what the
 * article is about, while captions, bylines and background do not. An article with fewer than
 * {@link #MIN_CUED} cued sentences takes the mean of all its sentences, each weighted by how
 * decided it is ({@code |score - 0.5|}).
 *
 * <p>A sentence keeps the model's score when it has a cue of another domain (a match, a vote, a
 * merger): there the model has decided. Any other cued sentence ("the talks ended late") says
 * nothing against its article and gets the larger of its own and the article's score; a sentence
 * with no cue at all (a caption, a line of a list) is not scored and gets the article's score.
 *
 * <p>{@link RelevanceGate} reads both layers to keep only rounds and delegations from relevant
 * text and to scale their confidences. Requires SENTENCES; provides RELEVANCE and
 * ARTICLE_RELEVANCE. Thread-safe (the model is shared and immutable).
 */
public final class RelevanceStage implements Stage {
    /** The weight every sentence has at least, so that an article of neutral sentences scores their mean. */
    private static final double MIN_WEIGHT = 0.01;
    /** The fewest cued sentences whose mean score is the article's. */
    static final int MIN_CUED = 2;

    private final RelevanceModel model;

    /** A stage with the shared model. */
    public RelevanceStage() {
        this(RelevanceModel.get());
    }

    /** @param model the classifier to use */
    public RelevanceStage(RelevanceModel model) {
        this.model = model;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.RELEVANCE, Layers.ARTICLE_RELEVANCE);
    }

    @Override
    public void process(Article article) {
        List<Sentence> sentences = article.get(Layers.SENTENCES);
        int n = sentences.size();
        String[] texts = new String[n];
        List<List<String>> cues = new ArrayList<>(n);
        int cued = 0;
        for (int i = 0; i < n; i++) {
            texts[i] = article.text(sentences.get(i).span());
            cues.add(RelevanceCues.get().cues(texts[i]));
            cued += cues.get(i).isEmpty() ? 0 : 1;
        }
        double[] own = new double[n];
        double cuedSum = 0;
        for (int i = 0; i < n; i++) {
            if (cued < MIN_CUED || !cues.get(i).isEmpty()) {
                own[i] = model.score(texts[i], cues.get(i));
                cuedSum += cues.get(i).isEmpty() ? 0 : own[i];
            }
        }
        double whole = cued >= MIN_CUED ? cuedSum / cued : weightedMean(own);
        List<Relevance> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Relevance(sentences.get(i).index(), sentences.get(i).span(), score(cues.get(i), own[i], whole)));
        }
        article.put(Layers.RELEVANCE, out);
        article.put(Layers.ARTICLE_RELEVANCE, List.of(whole));
    }

    /**
     * A sentence's score: the model's where it has a cue of another domain; the article's where it
     * has no cue at all (so it is not scored); else the larger of the two.
     */
    private static double score(List<String> cues, double own, double whole) {
        if (cues.isEmpty()) {
            return whole;
        }
        return RelevanceCues.get().elsewhere(cues) ? own : Math.max(own, whole);
    }

    /**
     * @param scores the scores of an article's sentences
     * @return their mean weighted by how far each is from 0.5; 0 without sentences
     */
    static double weightedMean(double[] scores) {
        double sum = 0;
        double weights = 0;
        for (double score : scores) {
            double w = Math.abs(score - 0.5) + MIN_WEIGHT;
            sum += w * score;
            weights += w;
        }
        return weights == 0 ? 0 : sum / weights;
    }
}
