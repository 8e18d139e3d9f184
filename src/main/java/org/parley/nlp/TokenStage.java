package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.article.Token;

/**
 * Tokenizes each sentence with OpenNLP's English tokenizer model (through
 * {@link CachingTokenizer}, which remembers each word's split); token spans are article offsets.
 * The model sometimes leaves the sentence's full stop on an unfamiliar last word ("Amirbayov."):
 * a last token of three letters or more with no other full stop is split from its stop (an
 * abbreviation such as "U.S." or "Jr." is kept).
 *
 * <p>Requires SENTENCES, provides TOKENS. Not thread-safe (holds a {@link CachingTokenizer}).
 */
public final class TokenStage implements Stage {
    /** A word of three letters or more with the sentence's full stop glued on. */
    private static final Pattern GLUED_STOP = Pattern.compile("\\p{L}[\\p{L}'’-]{2,}\\.");
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
            opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(s);
            for (int k = 0; k < spans.length; k++) {
                Span span = new Span(base + spans[k].getStart(), base + spans[k].getEnd());
                if (k == spans.length - 1 && GLUED_STOP.matcher(span.of(text)).matches()) {
                    out.add(new Token(new Span(span.start(), span.end() - 1), text.substring(span.start(), span.end() - 1),
                            null, sentence.index()));
                    span = new Span(span.end() - 1, span.end());
                }
                out.add(new Token(span, span.of(text), null, sentence.index()));
            }
        }
        article.put(Layers.TOKENS, out);
    }
}
