package org.parley.eval;

import java.util.Locale;

/**
 * Precision, recall and F1 counters for one category. Not thread-safe.
 */
public final class Score {
    private int truePositives;
    private int predicted;
    private int gold;
    private int matchedGold;

    /**
     * Adds one article's counts.
     *
     * @param predictedCorrect predictions that match a gold item
     * @param predictedAll     all predictions
     * @param goldFound        gold items matched by some prediction
     * @param goldAll          all gold items
     */
    public void add(int predictedCorrect, int predictedAll, int goldFound, int goldAll) {
        truePositives += predictedCorrect;
        predicted += predictedAll;
        matchedGold += goldFound;
        gold += goldAll;
    }

    /** @return precision, 1 when nothing was predicted */
    public double precision() {
        return predicted == 0 ? 1 : (double) truePositives / predicted;
    }

    /** @return recall, 1 when there was nothing to find */
    public double recall() {
        return gold == 0 ? 1 : (double) matchedGold / gold;
    }

    /** @return harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return number of predictions */
    public int predicted() {
        return predicted;
    }

    /** @return number of gold items */
    public int gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d/%d gold)", precision(),
                recall(), f1(), truePositives, predicted, matchedGold, gold);
    }
}
