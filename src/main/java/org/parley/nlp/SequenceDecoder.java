package org.parley.nlp;

import java.util.PriorityQueue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Beam-search decoding of a maxent sequence model that gives exactly the sequences, probabilities
 * and scores of OpenNLP's {@link opennlp.tools.ml.BeamSearch}, at less cost.
 *
 * <p>OpenNLP's beam search copies and sorts every token's outcome scores to find the beam's
 * threshold (the k-th best score), and copies the whole outcome history into a new {@link Sequence}
 * for every candidate of every token. Here the threshold is found in one pass that keeps the k best
 * scores, and a candidate is a link to its predecessor; a {@link Sequence} is built only for the
 * sequences returned. And the candidates of one token are evaluated together: their contexts
 * usually differ only in the last few features (those reading the previous outcomes; none at all
 * for OpenNLP's POS tagger, whose feature cache answers every candidate with the first one's
 * features), so with a {@link CompactMaxentModel} the parameters of the shared first features are
 * summed once and each candidate adds only its own, and identical contexts are evaluated once.
 * Candidates enter and leave the same kind of priority queue in the same order,
 * and scores are summed in the same order with the same {@link StrictMath#log}, so ties and
 * rounding come out as they do in OpenNLP ({@code SequenceDecoderTest} compares both on text).
 *
 * <p>Input: a token sequence, a context generator and a validator; output: the best sequences.
 * Thread-safe when the model's {@code eval} is (OpenNLP's maxent models are): every call works on
 * its own arrays, so one decoder can serve every tagger built from a shared model.
 */
public final class SequenceDecoder implements SequenceClassificationModel {
    /** OpenNLP's default minimum sequence score (log of a near-zero probability). */
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final MaxentModel model;
    /** The model when it can be evaluated in pieces, else null. */
    private final CompactMaxentModel compact;

    /**
     * @param size  sequences kept at each token (1: greedy)
     * @param model the maxent model giving each outcome's probability in a context
     */
    public SequenceDecoder(int size, MaxentModel model) {
        if (size < 1) {
            throw new IllegalArgumentException("beam size must be at least 1: " + size);
        }
        this.size = size;
        this.model = model;
        this.compact = model instanceof CompactMaxentModel c ? c : null;
    }

    /** @return the beam size */
    public int size() {
        return size;
    }

    /** A decoded prefix: its last outcome, that outcome's probability and the prefix's score. */
    private static final class Path implements Comparable<Path> {
        final Path previous;
        final String outcome;
        final double probability;
        final double score;
        final int length;

        Path() {
            this.previous = null;
            this.outcome = null;
            this.probability = 0;
            this.score = 0;
            this.length = 0;
        }

        Path(Path previous, String outcome, double probability) {
            this.previous = previous;
            this.outcome = outcome;
            this.probability = probability;
            this.score = previous.score + StrictMath.log(probability);
            this.length = previous.length + 1;
        }

        /** Same order as {@link Sequence#compareTo}: higher scores first. */
        @Override
        public int compareTo(Path other) {
            return Double.compare(other.score, score);
        }

        String[] outcomes() {
            String[] out = new String[length];
            Path p = this;
            for (int i = length - 1; i >= 0; i--) {
                out[i] = p.outcome;
                p = p.previous;
            }
            return out;
        }

        Sequence toSequence() {
            Path[] steps = new Path[length];
            Path p = this;
            for (int i = length - 1; i >= 0; i--) {
                steps[i] = p;
                p = p.previous;
            }
            Sequence s = new Sequence();
            for (Path step : steps) {
                s.add(step.outcome, step.probability);
            }
            return s;
        }
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            double minSequenceScore, BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        PriorityQueue<Path> prev = new PriorityQueue<>(size);
        PriorityQueue<Path> next = new PriorityQueue<>(size);
        prev.add(new Path());
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        double[] probs = new double[model.getNumOutcomes()];
        double[] best = new double[size];
        Path[] tops = new Path[size];
        String[][] histories = new String[size][];
        String[][] contexts = new String[size][];
        double[] shared = new double[probs.length];
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; sc < sz; sc++) {
                tops[sc] = prev.remove();
                histories[sc] = tops[sc].outcomes();
                contexts[sc] = cg.getContext(i, sequence, histories[sc], context);
            }
            int common = compact == null || sz == 0 ? 0 : commonPrefix(contexts, sz);
            boolean same = compact != null && allOfLength(contexts, sz, common);
            if (common > 0) {
                compact.start(shared);
                compact.add(contexts[0], 0, common, shared);
            }
            double min = 0;
            double[] scores = probs;
            for (int sc = 0; sc < sz; sc++) {
                String[] outcomes = histories[sc];
                if (sc == 0 || !same) {
                    if (common > 0) {
                        System.arraycopy(shared, 0, probs, 0, probs.length);
                        compact.add(contexts[sc], common, contexts[sc].length, probs);
                        scores = compact.normalize(probs);
                    } else {
                        scores = model.eval(contexts[sc], probs);
                    }
                    min = threshold(scores, best);
                }
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        offer(next, tops[sc], i, sequence, outcomes, p, scores[p], minSequenceScore, validator);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        offer(next, tops[sc], i, sequence, outcomes, p, scores[p], minSequenceScore, validator);
                    }
                }
            }
            prev.clear();
            PriorityQueue<Path> tmp = prev;
            prev = next;
            next = tmp;
        }
        int n = Math.min(numSequences, prev.size());
        Sequence[] top = new Sequence[n];
        for (int k = 0; k < n; k++) {
            top[k] = prev.remove().toSequence();
        }
        return top;
    }

    /** @return how many leading features the first n contexts share */
    private static int commonPrefix(String[][] contexts, int n) {
        int common = contexts[0].length;
        for (int sc = 1; sc < n && common > 0; sc++) {
            String[] c = contexts[sc];
            int k = 0;
            int limit = Math.min(common, c.length);
            while (k < limit && (c[k] == contexts[0][k] || c[k].equals(contexts[0][k]))) {
                k++;
            }
            common = k;
        }
        return common;
    }

    /** @return true when each of the first n contexts has exactly the given length */
    private static boolean allOfLength(String[][] contexts, int n, int length) {
        for (int sc = 0; sc < n; sc++) {
            if (contexts[sc].length != length) {
                return false;
            }
        }
        return true;
    }

    /** Adds the prefix extended by outcome p when the validator allows it and its score is high enough. */
    private <T> void offer(PriorityQueue<Path> next, Path top, int i, T[] sequence, String[] outcomes, int p,
            double score, double minSequenceScore, SequenceValidator<T> validator) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Path candidate = new Path(top, out, score);
            if (candidate.score > minSequenceScore) {
                next.add(candidate);
            }
        }
    }

    /**
     * The k-th highest of the scores counting repeats (k = beam size), or the lowest score when
     * there are fewer than k: what OpenNLP reads from the sorted copy at index
     * {@code max(0, length - k)}.
     *
     * @param scores the scores
     * @param best   work array of length k, overwritten with the k best scores, best first
     */
    static double threshold(double[] scores, double[] best) {
        int k = best.length;
        int kept = 0;
        for (double s : scores) {
            if (kept == k && Double.compare(s, best[k - 1]) <= 0) {
                continue;
            }
            int j = kept < k ? kept++ : k - 1;
            while (j > 0 && Double.compare(s, best[j - 1]) > 0) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = s;
        }
        return best[kept - 1];
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
            SequenceValidator<T> validator) {
        Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
        return sequences.length > 0 ? sequences[0] : null;
    }

    @Override
    public String[] getOutcomes() {
        String[] out = new String[model.getNumOutcomes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.getOutcome(i);
        }
        return out;
    }
}
