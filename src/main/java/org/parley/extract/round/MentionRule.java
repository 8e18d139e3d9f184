package org.parley.extract.round;

/**
 * One rule that reads a part of a round's mention from its sentence (its ordinal, date, places,
 * mediators, parties or topics) and writes it into the mention being built. Rules run in the
 * order {@link org.parley.extract.RoundStage} gives; a rule may read what earlier rules wrote.
 *
 * <p>Implementations are stateless and thread-safe; the draft they write is not.
 */
public interface MentionRule {
    /**
     * @param context the sentence (or part of it) and the article's facts
     * @param draft   the mention being built, updated in place
     */
    void apply(MentionContext context, RoundDraft draft);
}
