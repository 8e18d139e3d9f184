package org.parley.extract.round;

import org.parley.article.Evidenced;

/**
 * A headline's date may belong to another event: the date a headline (the article's first
 * sentence) gives a round is weak, so that the body's date for the round wins.
 *
 * <p>Runs after {@link DateRule} and {@link StatusRule}. Stateless and thread-safe.
 */
public final class HeadlineDateRule implements MentionRule {
    /** A date read from the headline. */
    static final double HEADLINE_DATE = 0.4;

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        if (context.sentence().index() == 0 && draft.date != null) {
            draft.date = new Evidenced<>(draft.date.value(), draft.date.span(), HEADLINE_DATE);
        }
    }
}
