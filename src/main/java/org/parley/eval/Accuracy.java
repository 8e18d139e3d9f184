package org.parley.eval;

import java.util.Locale;

/**
 * A correct/total counter for attributes scored on matched items (a person's role and country, a
 * round's ordinal). Not thread-safe.
 */
public final class Accuracy {
    private int correct;
    private int total;

    /** @param ok whether one more item was right */
    public void add(boolean ok) {
        total++;
        if (ok) {
            correct++;
        }
    }

    /** @return the share right, 1 when nothing was scored */
    public double value() {
        return total == 0 ? 1 : (double) correct / total;
    }

    /** @return number of items scored */
    public int total() {
        return total;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f  (%d/%d)", value(), correct, total);
    }
}
