package org.parley.extract.round;

import java.util.Locale;
import org.parley.article.Article;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.TokenView;

/**
 * The sentence, or the part of a sentence, that one mention of a round is read from.
 *
 * <p>Immutable; thread-safe as far as the article is not written meanwhile.
 *
 * @param facts        the article's facts
 * @param sentence     the sentence's index with the span of the part read
 * @param text         the part's text
 * @param futureBefore true when an earlier part of the same sentence speaks of the future
 */
public record MentionContext(ArticleFacts facts, Sentence sentence, String text, boolean futureBefore) {
    /** @return the span of the part read */
    public Span span() {
        return sentence.span();
    }

    /** @return the article */
    public Article article() {
        return facts.article();
    }

    /** @return the article's token view */
    public TokenView tokens() {
        return facts.tokens();
    }

    /** @return the part's text in lower case */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * @param start offset in the part's text
     * @param end   end offset in the part's text
     * @return the article span of those offsets
     */
    public Span shift(int start, int end) {
        return new Span(span().start() + start, span().start() + end);
    }
}
