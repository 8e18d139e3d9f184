package org.parley.nlp;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * An OpenNLP maxent ({@link GISModel}) model laid out for fast evaluation: the same probabilities,
 * bit for bit, with fewer memory reads per feature.
 *
 * <p>A {@link GISModel} finds each feature of a context in a {@code LinkedHashMap} from feature
 * string to parameters: a table slot, an entry, the key string and its characters, a parameter
 * object and its two arrays, each somewhere else on the heap. Tagging is mostly these lookups,
 * and with two conversion threads and the store loader sharing the caches, mostly their waits on
 * memory. Here the table is an array of slots, each holding a feature's hash and the offset of its
 * record, and a record is one run of a {@code long[]}: the feature's length and outcome count, its
 * characters, its outcome numbers and its parameters. A lookup reads a slot and one record.
 *
 * <p>{@link #eval(String[], double[])} adds the parameters in the order {@link GISModel} does
 * (features in context order, outcomes in stored order, from the uniform prior), then exponentiates
 * with {@link StrictMath#exp} and normalizes in the same order, so the results are identical
 * ({@code CompactMaxentModelTest}). The other methods are the original model's.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompactMaxentModel implements MaxentModel {
    private final GISModel model;
    private final int outcomes;
    private final double prior;
    /** Per slot: the feature's hash (high 32 bits) and its record's offset + 1 (low 32 bits), or 0. */
    private final long[] slots;
    private final int mask;
    /** Records: [length << 32 | outcome count], characters (4 per long), outcomes (2 per long), parameters. */
    private final long[] records;

    private CompactMaxentModel(GISModel model) {
        this.model = model;
        this.outcomes = model.getNumOutcomes();
        this.prior = StrictMath.log(1.0 / outcomes);
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) model.getDataStructures()[1];
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        long size = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            int n = e.getValue().getOutcomes().length;
            size += 1 + (e.getKey().length() + 3) / 4 + (n + 1) / 2 + n;
        }
        if (size >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("model too large to compact: " + size + " longs");
        }
        this.records = new long[(int) size];
        int at = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            String key = e.getKey();
            int[] ids = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            int slot = mix(key.hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (long) key.hashCode() << 32 | (at + 1L);
            records[at++] = (long) key.length() << 32 | ids.length;
            for (int c = 0; c < key.length(); c += 4) {
                records[at++] = pack(key, c);
            }
            for (int k = 0; k < ids.length; k += 2) {
                long hi = (long) ids[k] << 32;
                records[at++] = k + 1 < ids.length ? hi | (ids[k + 1] & 0xffffffffL) : hi;
            }
            for (double p : params) {
                records[at++] = Double.doubleToRawLongBits(p);
            }
        }
    }

    /**
     * @param model a maxent model
     * @return the compact form of a {@link GISModel} (whose prior is uniform, as for every model
     *         OpenNLP reads from a file), or the model itself for any other kind
     */
    public static MaxentModel of(MaxentModel model) {
        return model instanceof GISModel gis ? new CompactMaxentModel(gis) : model;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    /** Up to four characters of s from index c, 16 bits each, the first in the highest bits. */
    private static long pack(String s, int c) {
        long v = 0;
        for (int k = 0; k < 4; k++) {
            v <<= 16;
            if (c + k < s.length()) {
                v |= s.charAt(c + k);
            }
        }
        return v;
    }

    /** @return the offset of the feature's record, or -1 when the model does not have it */
    private int find(String feature) {
        int h = feature.hashCode();
        int slot = mix(h) & mask;
        int length = feature.length();
        while (true) {
            long s = slots[slot];
            if (s == 0) {
                return -1;
            }
            if ((int) (s >>> 32) == h) {
                int at = (int) s - 1;
                if ((int) (records[at] >>> 32) == length && sameKey(feature, at + 1)) {
                    return at;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean sameKey(String feature, int at) {
        for (int c = 0; c < feature.length(); c += 4) {
            if (records[at++] != pack(feature, c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, new double[outcomes]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        start(probs);
        add(context, 0, context.length, probs);
        return normalize(probs);
    }

    /**
     * Sets every outcome's sum to the prior: the first step of {@link #eval(String[], double[])}.
     *
     * @param sums one slot per outcome, overwritten
     */
    public void start(double[] sums) {
        for (int o = 0; o < outcomes; o++) {
            sums[o] = prior;
        }
    }

    /**
     * Adds the parameters of features {@code [from, to)} of a context to the sums, as
     * {@link #eval(String[], double[])} does for the whole context. Evaluating a context in
     * pieces, {@code start}, {@code add} of consecutive ranges, {@code normalize}, gives the same
     * bits as {@code eval}; sums of a shared first part can be copied and finished per context.
     *
     * @param context the features
     * @param from    first feature added
     * @param to      end of the features added
     * @param sums    one sum per outcome, added to
     */
    public void add(String[] context, int from, int to, double[] sums) {
        for (int f = from; f < to; f++) {
            int at = find(context[f]);
            if (at < 0) {
                continue;
            }
            long head = records[at];
            int n = (int) head;
            int ids = at + 1 + ((int) (head >>> 32) + 3) / 4;
            int params = ids + (n + 1) / 2;
            for (int k = 0; k < n; k++) {
                long pair = records[ids + k / 2];
                int id = (k & 1) == 0 ? (int) (pair >>> 32) : (int) pair;
                sums[id] += Double.longBitsToDouble(records[params + k]);
            }
        }
    }

    /**
     * Turns the sums into probabilities in place: the last step of
     * {@link #eval(String[], double[])}.
     *
     * @param sums one sum per outcome
     * @return the same array, now the outcomes' probabilities
     */
    public double[] normalize(double[] sums) {
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] probs) {
        return model.getBestOutcome(probs);
    }

    @Override
    public String getAllOutcomes(double[] probs) {
        return model.getAllOutcomes(probs);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return outcomes;
    }
}
