package org.parley.bench;

import java.util.Iterator;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.parley.article.Article;
import org.parley.nlp.OpenNlpModels;

/**
 * The reference the build is measured against: a bare, single-threaded OpenNLP pass over a corpus
 * with the same English models Parley uses (sentence detection, tokenization, part-of-speech
 * tagging), nothing else. It shows what the NLP alone costs on this machine at this moment.
 *
 * <p>Not thread-safe (holds OpenNLP {@code *ME} instances).
 */
public final class ReferencePass {
    private final SentenceDetectorME sentences = new SentenceDetectorME(OpenNlpModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.stockPos(), POSTagFormat.PENN);

    /** What the pass did. */
    public record Result(int articles, long bytes, long tokens, long nanos) {
        /** @return articles per second */
        public double articlesPerSecond() {
            return articles / (nanos / 1e9);
        }

        /** @return megabytes (2^20 bytes of UTF-8) per second */
        public double megabytesPerSecond() {
            return bytes / (1024.0 * 1024.0) / (nanos / 1e9);
        }
    }

    /**
     * Runs the pass.
     *
     * @param articles the corpus, streamed
     * @return counts and elapsed time
     */
    public Result run(Iterator<Article> articles) {
        long start = System.nanoTime();
        int n = 0;
        long bytes = 0;
        long tokens = 0;
        while (articles.hasNext()) {
            Article a = articles.next();
            n++;
            bytes += utf8Length(a.text());
            for (String s : sentences.sentDetect(a.text())) {
                String[] words = tokenizer.tokenize(s);
                tagger.tag(words);
                tokens += words.length;
            }
        }
        return new Result(n, bytes, tokens, System.nanoTime() - start);
    }

    /**
     * @param s a string
     * @return its length in UTF-8 bytes
     */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
