package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Token;

/**
 * Tags tokens with Penn Treebank part-of-speech tags using OpenNLP's English POS model.
 *
 * <p>Requires TOKENS, provides POS (the same tokens with tags). Not thread-safe.
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
        List<Token> tokens = article.get(Layers.TOKENS);
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int sentence = tokens.get(i).sentence();
            int j = i;
            while (j < tokens.size() && tokens.get(j).sentence() == sentence) {
                j++;
            }
            String[] words = new String[j - i];
            for (int k = i; k < j; k++) {
                words[k - i] = tokens.get(k).text();
            }
            String[] tags = tagger.tag(words);
            for (int k = i; k < j; k++) {
                out.add(tokens.get(k).withPos(tags[k - i]));
            }
            i = j;
        }
        article.put(Layers.POS, out);
    }
}
