package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.Span;
import org.parley.article.Token;

/**
 * Token-level helpers shared by the extractors: the tokens of an article and their POS tags grouped by
 * sentence, possessive stripping, capitalization tests and span arithmetic. Tokens covered by
 * boilerplate or credits are masked so that no fact is read from them.
 *
 * <p>Immutable after construction; safe to read from one thread.
 */
public final class TokenView {
    private final Article article;
    private final List<Token> tokens;
    private final List<Token> tagged;
    private final int[] sentenceStart;
    private final boolean[] masked;

    /**
     * @param article an article with TOKENS, POS, BOILERPLATE and CREDITS layers
     */
    public TokenView(Article article) {
        this.article = article;
        this.tokens = article.get(Layers.TOKENS);
        this.tagged = article.get(Layers.POS);
        int sentences = article.get(Layers.SENTENCES).size();
        sentenceStart = new int[sentences + 1];
        java.util.Arrays.fill(sentenceStart, -1);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            sentenceStart[tokens.get(i).sentence()] = i;
        }
        sentenceStart[sentences] = tokens.size();
        for (int s = sentences - 1; s >= 0; s--) {
            if (sentenceStart[s] < 0) {
                sentenceStart[s] = sentenceStart[s + 1];
            }
        }
        masked = new boolean[tokens.size()];
        List<Span> excluded = new ArrayList<>(article.get(Layers.BOILERPLATE));
        article.get(Layers.CREDITS).forEach(c -> excluded.add(c.span()));
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            for (Span e : excluded) {
                if (e.overlaps(t)) {
                    masked[i] = true;
                    break;
                }
            }
        }
    }

    /** @return the article */
    public Article article() {
        return article;
    }

    /** @return all tokens, without tags (read tags with {@link #pos(int)}: sentences are tagged when first read) */
    public List<Token> tokens() {
        return tokens;
    }

    /** @return number of tokens */
    public int size() {
        return tokens.size();
    }

    /** @return token i, without its tag */
    public Token get(int i) {
        return tokens.get(i);
    }

    /** @return number of sentences */
    public int sentences() {
        return sentenceStart.length - 1;
    }

    /** @return index of the first token of sentence s */
    public int sentenceFrom(int s) {
        return sentenceStart[s];
    }

    /** @return index after the last token of sentence s */
    public int sentenceTo(int s) {
        return sentenceStart[s + 1];
    }

    /** @return true when token i lies in boilerplate or a credit */
    public boolean masked(int i) {
        return masked[i];
    }

    /** @return true when any token of [from, to) is masked */
    public boolean masked(int from, int to) {
        for (int i = from; i < to; i++) {
            if (masked[i]) {
                return true;
            }
        }
        return false;
    }

    /** @return token i's text without a possessive ending ("Russia’s" -> "Russia") */
    public String word(int i) {
        return stripPossessive(tokens.get(i).text());
    }

    /** @return token i's text in lower case */
    public String lower(int i) {
        return tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    /** @return token i's POS tag */
    public String pos(int i) {
        String p = tagged.get(i).pos();
        return p == null ? "" : p;
    }

    /** @return true when token i starts with an upper-case letter */
    public boolean capitalized(int i) {
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /** @return true when token i is a possessive marker or ends with one */
    public boolean possessive(int i) {
        String t = tokens.get(i).text();
        return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’")
                || !stripPossessive(t).equals(t);
    }

    /** @return true when token i is followed by a possessive marker or carries one */
    public boolean possessiveAfter(int i) {
        return possessive(i) || (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == tokens.get(i).sentence()
                && (tokens.get(i + 1).text().equals("'s") || tokens.get(i + 1).text().equals("’s")));
    }

    /** @return the span of tokens [from, to), without a trailing possessive on the last token */
    public Span span(int from, int to) {
        int start = tokens.get(from).span().start();
        Token last = tokens.get(to - 1);
        int end = last.span().end() - (last.text().length() - stripPossessive(last.text()).length());
        return new Span(start, Math.max(start, end));
    }

    /** @return the words of tokens [from, to) joined by single spaces, possessive stripped */
    public String words(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(i == to - 1 ? word(i) : tokens.get(i).text());
        }
        return sb.toString();
    }

    /** @return the token index holding character offset, or -1 */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = tokens.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** @return the sentence index holding the span, or -1 */
    public int sentenceOf(Span span) {
        int t = tokenAt(span.start());
        return t < 0 ? -1 : tokens.get(t).sentence();
    }

    /**
     * Removes a trailing possessive ("’s", "'s", "s’") from a word.
     *
     * @param word a token
     * @return the word without its possessive ending
     */
    public static String stripPossessive(String word) {
        if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 2 && (word.endsWith("s’") || word.endsWith("s'"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
