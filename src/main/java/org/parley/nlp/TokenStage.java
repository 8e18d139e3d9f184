package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.article.Token;

/**
 * Tokenizes each sentence with OpenNLP's English tokenizer model (through
 * {@link CachingTokenizer}, which remembers each word's split); token spans are article offsets.
 *
 * <p>Requires SENTENCES, provides TOKENS. Not thread-safe (holds a {@link CachingTokenizer}).
 */
public final class TokenStage implements Stage {
    private final CachingTokenizer tokenizer = new CachingTokenizer(OpenNlpModels.tokens());

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void process(Article article) {
        String text = article.text();
        List<Token> out = new ArrayList<>();
        for (Sentence sentence : article.get(Layers.SENTENCES)) {
            int base = sentence.span().start();
            String s = sentence.span().of(text);
            for (opennlp.tools.util.Span t : tokenizer.tokenizePos(s)) {
                Span span = new Span(base + t.getStart(), base + t.getEnd());
                out.add(new Token(span, span.of(text), null, sentence.index()));
            }
        }
        article.put(Layers.TOKENS, out);
    }
}
