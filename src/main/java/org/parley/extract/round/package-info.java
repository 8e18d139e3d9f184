/**
 * The rules of {@link org.parley.extract.RoundStage}, one job per class: finding the sentences that
 * speak of a round ({@link org.parley.extract.round.Triggers}, {@link org.parley.extract.round.SequenceRule}),
 * reading one mention of a round from a sentence ({@link org.parley.extract.round.MentionRule} and its
 * implementations), gathering mentions into rounds ({@link org.parley.extract.round.RoundMerger}) and
 * completing their parties ({@link org.parley.extract.round.DominantPair}). Word lists and phrase
 * patterns come from the lexicon ({@link org.parley.extract.lexicon.Lexicon}).
 */
package org.parley.extract.round;
