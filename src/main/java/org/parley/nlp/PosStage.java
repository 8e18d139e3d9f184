package org.parley.nlp;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Token;

/**
 * Tags tokens with Penn Treebank part-of-speech tags using OpenNLP's English POS model.
 *
 * <p>Requires TOKENS, provides POS: the same tokens with tags, as a list that tags a sentence when
 * one of its tokens is first read. The extractors read the tags of about half of the sentences
 * (42% of a generated corpus's, 52% of the devset's; the others never get that far). The tagger
 * tags each sentence on its own, so tagging on demand gives exactly the tags of tagging everything
 * up front, and the other sentences cost nothing. Reading the whole list (iterating it) tags every
 * sentence.
 *
 * <p>A stage is not thread-safe (one per thread, as every stage). The lists it makes may be read
 * from any thread, one at a time or not: they tag under a lock on the stage's tagger.
 */
public final class PosStage implements Stage {
    private final POSTaggerME tagger = new POSTaggerME(OpenNlpModels.pos(), opennlp.tools.postag.POSTagFormat.PENN);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.POS);
    }

    @Override
    public void process(Article article) {
        article.adopt(Layers.POS, new TaggedTokens(article.get(Layers.TOKENS), tagger));
    }

    /** The tokens of an article, each sentence tagged when first read. */
    private static final class TaggedTokens extends AbstractList<Token> implements RandomAccess {
        private final List<Token> tokens;
        private final POSTaggerME tagger;
        private final Token[] tagged;

        TaggedTokens(List<Token> tokens, POSTaggerME tagger) {
            this.tokens = tokens;
            this.tagger = tagger;
            this.tagged = new Token[tokens.size()];
        }

        @Override
        public Token get(int index) {
            synchronized (tagger) {
                Token t = tagged[index];
                if (t == null) {
                    tagSentenceOf(index);
                    t = tagged[index];
                }
                return t;
            }
        }

        private void tagSentenceOf(int index) {
            int sentence = tokens.get(index).sentence();
            int from = index;
            while (from > 0 && tokens.get(from - 1).sentence() == sentence) {
                from--;
            }
            int to = index + 1;
            while (to < tokens.size() && tokens.get(to).sentence() == sentence) {
                to++;
            }
            String[] words = new String[to - from];
            for (int k = from; k < to; k++) {
                words[k - from] = tokens.get(k).text();
            }
            String[] tags = tagger.tag(words);
            for (int k = from; k < to; k++) {
                tagged[k] = tokens.get(k).withPos(tags[k - from]);
            }
        }

        @Override
        public int size() {
            return tokens.size();
        }
    }
}
