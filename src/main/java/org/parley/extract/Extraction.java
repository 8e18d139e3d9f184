package org.parley.extract;

import java.util.List;
import org.parley.extract.relevance.RelevanceStage;
import org.parley.nlp.Pipeline;
import org.parley.nlp.PosStage;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.TokenStage;
import org.parley.nlp.ner.NameFinderStage;

/**
 * The full extraction pipeline in its order: sentences, tokens, POS, relevance, boilerplate,
 * credits, dates, names, places and agents, persons, quotes, rounds, delegations.
 *
 * <p>Each call builds a new pipeline; a pipeline is not thread-safe, so give each worker thread
 * its own. Models and gazetteers are shared.
 */
public final class Extraction {
    private Extraction() {
    }

    /** @return a new pipeline with every stage */
    public static Pipeline pipeline() {
        return pipeline(java.util.EnumSet.allOf(PersonStage.NameSource.class));
    }

    /**
     * @param nameSources where person names may come from (all of them in normal use)
     * @return a new pipeline with every stage
     */
    public static Pipeline pipeline(java.util.Set<PersonStage.NameSource> nameSources) {
        return new Pipeline(List.of(new SentenceStage(), new TokenStage(), new PosStage(), new RelevanceStage(),
                new BoilerplateStage(), new CreditStage(), new DateStage(), new NameFinderStage(), new PlaceStage(),
                new PersonStage(nameSources), new QuoteStage(), new RoundStage(), new DelegationStage()));
    }
}
