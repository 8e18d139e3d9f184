package org.parley.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's maxent tokenizer with its decisions remembered per whitespace-separated word: the same
 * tokens as {@link TokenizerME}, with the model evaluated once per distinct word instead of at
 * every character of every word.
 *
 * <p>{@link TokenizerME} splits text at whitespace, then asks the model at each inner character
 * of each word longer than one character whether to split there, from features of that word
 * alone; the English model does this for every word, since its alphanumeric shortcut is off. So a
 * word's split never depends on its neighbours, and news text repeats its words: "the", "said",
 * "talks", "minister". The split of each word is kept (up to {@value #CAPACITY} words, then the
 * memory starts afresh), which leaves the tokens unchanged ({@code CachingTokenizerTest} compares
 * both on text) and the model's cost to the words not seen yet.
 *
 * <p>Not thread-safe (holds a {@link TokenizerME} and its memory): one per thread.
 */
public final class CachingTokenizer implements Tokenizer {
    /** Words remembered before the memory is cleared. */
    static final int CAPACITY = 100_000;
    private static final int[] WHOLE = new int[0];

    private final TokenizerME tokenizer;
    private final int capacity;
    /** Per word: the start and end of each of its tokens, relative to the word, or {@link #WHOLE}. */
    private final Map<String, int[]> splits = new HashMap<>();

    /** @param model the tokenizer model */
    public CachingTokenizer(TokenizerModel model) {
        this(model, CAPACITY);
    }

    /**
     * @param model    the tokenizer model
     * @param capacity words remembered before the memory is cleared
     */
    CachingTokenizer(TokenizerModel model, int capacity) {
        this.tokenizer = new TokenizerME(model);
        this.capacity = capacity;
    }

    @Override
    public String[] tokenize(String s) {
        return Span.spansToStrings(tokenizePos(s), s);
    }

    @Override
    public Span[] tokenizePos(String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && StringUtil.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !StringUtil.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (i - start < 2) {
                out.add(new Span(start, i));
                continue;
            }
            int[] parts = partsOf(s.substring(start, i));
            if (parts == WHOLE) {
                out.add(new Span(start, i));
            } else {
                for (int k = 0; k < parts.length; k += 2) {
                    out.add(new Span(start + parts[k], start + parts[k + 1]));
                }
            }
        }
        return out.toArray(new Span[0]);
    }

    private int[] partsOf(String word) {
        int[] parts = splits.get(word);
        if (parts == null) {
            Span[] spans = tokenizer.tokenizePos(word);
            parts = WHOLE;
            if (spans.length != 1 || spans[0].getStart() != 0 || spans[0].getEnd() != word.length()) {
                parts = new int[spans.length * 2];
                for (int k = 0; k < spans.length; k++) {
                    parts[2 * k] = spans[k].getStart();
                    parts[2 * k + 1] = spans[k].getEnd();
                }
            }
            if (splits.size() >= capacity) {
                splits.clear();
            }
            splits.put(word, parts);
        }
        return parts;
    }
}
