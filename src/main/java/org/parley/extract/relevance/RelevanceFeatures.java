package org.parley.extract.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The features of one sentence for the {@link RelevanceModel}: its lower-cased words, its pairs of
 * adjacent words, and the lexicon's cue sections found in it ({@link RelevanceCues}). Numbers are
 * folded to one word so that "third round" and "3rd round" or years do not split the evidence.
 *
 * <p>The same features are computed for training sentences and for article sentences, from the
 * sentence's text alone. Stateless and thread-safe.
 */
public final class RelevanceFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\p{N}.*");
    /** The word a number stands for. */
    static final String NUMBER_WORD = "<num>";
    /** The feature every sentence has, so the model has a prior. */
    static final String BIAS = "bias";

    private RelevanceFeatures() {
    }

    /**
     * @param sentence a sentence's text
     * @return its features, in a fixed order
     */
    public static String[] of(String sentence) {
        return of(sentence, RelevanceCues.get().cues(sentence));
    }

    /**
     * @param sentence a sentence's text
     * @param cues     its cue sections, as {@link RelevanceCues#cues} gives them
     * @return its features, in a fixed order
     */
    public static String[] of(String sentence, List<String> cues) {
        List<String> words = words(sentence);
        List<String> out = new ArrayList<>(words.size() * 2 + 4);
        out.add(BIAS);
        for (int i = 0; i < words.size(); i++) {
            out.add("w=" + words.get(i));
            if (i > 0) {
                out.add("b=" + words.get(i - 1) + "_" + words.get(i));
            }
        }
        for (String cue : cues) {
            out.add("cue=" + cue);
        }
        return out.toArray(new String[0]);
    }

    /**
     * @param sentence a sentence's text
     * @return its words, lower-cased, numbers as {@link #NUMBER_WORD}
     */
    static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            out.add(NUMBER.matcher(w).matches() ? NUMBER_WORD : w);
        }
        return out;
    }
}
