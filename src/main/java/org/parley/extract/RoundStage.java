package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.article.Article;
import org.parley.article.Evidenced;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.RoundMention;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.round.ArticleFacts;
import org.parley.extract.round.CountryCity;
import org.parley.extract.round.DateRule;
import org.parley.extract.round.DatelinePlace;
import org.parley.extract.round.DominantPair;
import org.parley.extract.round.HeadlineDateRule;
import org.parley.extract.round.MediatorRule;
import org.parley.extract.round.MentionContext;
import org.parley.extract.round.MentionRule;
import org.parley.extract.round.OrdinalRule;
import org.parley.extract.round.OutcomeRule;
import org.parley.extract.round.PartyRule;
import org.parley.extract.round.PlaceOpener;
import org.parley.extract.round.RoundDraft;
import org.parley.extract.round.RoundMerger;
import org.parley.extract.round.SamePlaceMerge;
import org.parley.extract.round.SequenceRule;
import org.parley.extract.round.StatusRule;
import org.parley.extract.round.TopicRule;
import org.parley.extract.round.Triggers;
import org.parley.extract.round.VenueRule;
import org.parley.extract.relevance.RelevanceGate;
import org.parley.nlp.Stage;

/**
 * Finds negotiation rounds: sentences that speak of talks, negotiations, rounds, meetings,
 * sessions, summits or dialogue, with what each says about one round (ordinal, date, place,
 * parties, mediator, participants, outcome, topics), gathered into rounds. The rules live in
 * {@link org.parley.extract.round}, their words in the lexicon.
 *
 * <p>For each sentence not masked as boilerplate, in order:
 * <ol>
 * <li>{@link OutcomeRule}: the sentence's outcome; a sentence that refers back ("They produced no
 *     breakthrough") gives it to the latest held round ({@link RoundMerger#joinLastHeld}).</li>
 * <li>{@link Triggers}: a sentence without a trigger ends here, unless it opens with a participle
 *     of holding and a place ({@link PlaceOpener}): its {@link VenueRule} places go to the latest
 *     held round.</li>
 * <li>{@link SequenceRule}: a sentence listing a sequence of meetings gives one part per meeting.</li>
 * <li>For each part, the mention rules in this order, each reading what the earlier wrote:
 *     {@link OrdinalRule}, {@link DateRule}, {@link StatusRule} (announced, earlier, under way),
 *     {@link HeadlineDateRule}, {@link VenueRule}, {@link MediatorRule} (and hosts),
 *     {@link PartyRule} (parties and participants), {@link TopicRule}; the first part also takes
 *     the sentence's outcome.</li>
 * <li>{@link RoundMerger#add}: the mention joins a round or starts one.</li>
 * </ol>
 * Then {@link RoundMerger#rounds} merges placeless rounds into the same day's; {@link SamePlaceMerge}
 * merges rounds at one place whose ordinals and dates agree; {@link DatelinePlace} places the first
 * round, when the text does not, at the dateline's city if it is the day's news; {@link CountryCity}
 * places a round held in a country at the one city of that country the article names; rounds with none of
 * ordinal, date or place are dropped; {@link DominantPair} settles each round's mediators and
 * parties.
 *
 * <p>Last, {@link RelevanceGate} keeps only the rounds told in text about diplomatic negotiation.
 *
 * <p>Requires SENTENCES, POS, PUBLICATION_DATE, DATES, PLACES, AGENTS, PERSONS, RELEVANCE,
 * ARTICLE_RELEVANCE; provides ROUNDS.
 * Thread-safe (stateless).
 */
public final class RoundStage implements Stage {
    /** The mention rules, in the order they run. */
    private static final List<MentionRule> RULES = List.of(new OrdinalRule(), new DateRule(), new StatusRule(),
            new HeadlineDateRule(), new VenueRule(), new MediatorRule(), new PartyRule(), new TopicRule());

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.POS, Layers.PUBLICATION_DATE, Layers.DATES, Layers.PLACES, Layers.AGENTS,
                Layers.PERSONS, Layers.RELEVANCE, Layers.ARTICLE_RELEVANCE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ROUNDS);
    }

    @Override
    public void process(Article article) {
        ArticleFacts facts = ArticleFacts.of(article);
        TokenView tv = facts.tokens();
        RoundMerger merger = new RoundMerger(facts.published());
        for (Sentence sentence : article.get(Layers.SENTENCES)) {
            int from = tv.sentenceFrom(sentence.index());
            if (from >= tv.size() || !tv.masked(from)) {
                read(facts, sentence, merger);
            }
        }
        List<RoundDraft> rounds = SamePlaceMerge.merge(merger.rounds());
        DatelinePlace.apply(rounds, facts.dateline(), facts.published());
        CountryCity.apply(rounds, article.get(Layers.PLACES));
        DominantPair pair = DominantPair.of(rounds);
        List<RoundMention> out = new ArrayList<>();
        for (RoundDraft b : rounds) {
            if (b.grounded()) {
                pair.settle(b, rounds);
                out.add(b.build());
            }
        }
        article.put(Layers.ROUNDS, RelevanceGate.rounds(article, out));
    }

    /** Reads the mentions of one sentence into the merger. */
    private static void read(ArticleFacts facts, Sentence sentence, RoundMerger merger) {
        Span ss = sentence.span();
        String text = facts.article().text();
        String st = ss.of(text);
        String lower = st.toLowerCase(Locale.ROOT);
        Optional<Evidenced<String>> outcome = OutcomeRule.find(st, lower, ss);
        boolean backReference = outcome.isPresent() && OutcomeRule.refersBack(st)
                && merger.joinLastHeld(OutcomeRule.asBackReference(outcome.get()), ss);
        if (!Triggers.present(st, lower)) {
            if (PlaceOpener.opens(st)) {
                RoundDraft m = new RoundDraft(ss);
                new VenueRule().apply(new MentionContext(facts, sentence, st, false), m);
                merger.placeLastHeld(m);
            }
            return;
        }
        List<Span> parts = SequenceRule.parts(ss, st);
        boolean futureBefore = false;
        for (int g = 0; g < parts.size(); g++) {
            Span part = parts.get(g);
            String partText = part.of(text);
            RoundDraft m = mention(new MentionContext(facts, new Sentence(sentence.index(), part), partText, futureBefore));
            futureBefore |= StatusRule.speaksOfFuture(partText);
            if (g == 0 && !backReference) {
                outcome.ifPresent(m::addOutcome);
            }
            merger.add(m);
        }
    }

    private static RoundDraft mention(MentionContext context) {
        RoundDraft draft = new RoundDraft(context.span());
        for (MentionRule rule : RULES) {
            rule.apply(context, draft);
        }
        return draft;
    }
}
