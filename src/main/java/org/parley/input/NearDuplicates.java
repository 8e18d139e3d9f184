package org.parley.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises copies of one story: the same wire report run by several outlets, under another
 * headline or byline, or with a sentence more or less. Each article's body (its text without the
 * first line, the headline) is reduced to the set of its word 3-grams, and that set to a MinHash
 * signature of {@value #HASHES} values; two bodies whose signatures agree on at least
 * {@value #MIN_AGREEING} of them (an estimated Jaccard similarity of 0.75 and more) are copies.
 * Signatures are found again through {@value #BANDS} bands of {@value #ROWS} values (locality-
 * sensitive hashing), so each article costs about 200 bytes and a few lookups, whatever the
 * corpus size. Not thread-safe: one instance per load.
 */
public final class NearDuplicates {
    /** Values in a signature. */
    static final int HASHES = 32;
    /** Agreeing values that make two signatures copies. */
    static final int MIN_AGREEING = 24;
    private static final int ROWS = 4;
    private static final int BANDS = HASHES / ROWS;
    private static final int SHINGLE = 3;

    private final List<Map<Long, List<Entry>>> bands = new ArrayList<>();

    private record Entry(int[] signature, String key) {
    }

    /** An empty index. */
    public NearDuplicates() {
        for (int i = 0; i < BANDS; i++) {
            bands.add(new HashMap<>());
        }
    }

    /**
     * Looks the article up among those seen, and remembers it when it is new.
     *
     * @param key  names the article (its place) when later ones copy it
     * @param text the article's text, headline first
     * @return the key of the article it copies, or null when it is new
     */
    public String copyOf(String key, String text) {
        return copyOf(key, signature(text));
    }

    /**
     * Looks a signature up among those seen, and remembers it when it is new.
     *
     * @param key       names the article (its place) when later ones copy it
     * @param signature the article's {@link #signature(String)}
     * @return the key of the article it copies, or null when it is new
     */
    public String copyOf(String key, int[] signature) {
        for (int b = 0; b < BANDS; b++) {
            for (Entry e : bands.get(b).getOrDefault(band(signature, b), List.of())) {
                if (agreeing(e.signature(), signature) >= MIN_AGREEING) {
                    return e.key();
                }
            }
        }
        Entry entry = new Entry(signature, key);
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(band(signature, b), k -> new ArrayList<>(1)).add(entry);
        }
        return null;
    }

    /**
     * @param text an article's text, headline first
     * @return its MinHash signature, which {@link #copyOf(String, int[])} compares
     */
    public static int[] signature(String text) {
        return signature(shingles(body(text)));
    }

    private static String body(String text) {
        int newline = text.indexOf('\n');
        String body = newline < 0 ? "" : text.substring(newline + 1);
        return body.isBlank() ? text : body;
    }

    /** @return the hashes of the word 3-grams (of the whole text when it has fewer words) */
    static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        Set<Long> out = new LinkedHashSet<>();
        int n = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            out.add(mix(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + SHINGLE)))));
        }
        return out;
    }

    static int[] signature(Set<Long> shingles) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix64(s ^ (0x9e3779b97f4a7c15L * (i + 1))) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static int agreeing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                n++;
            }
        }
        return n;
    }

    private static long band(int[] sig, int b) {
        long h = b;
        for (int i = b * ROWS; i < (b + 1) * ROWS; i++) {
            h = h * 0x100000001b3L + sig[i];
        }
        return mix64(h);
    }

    /** FNV-1a over the characters, then {@link #mix64}. */
    private static long mix(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix64(h);
    }

    /** A 64-bit finaliser (MurmurHash3's): every output bit depends on every input bit. */
    private static long mix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
