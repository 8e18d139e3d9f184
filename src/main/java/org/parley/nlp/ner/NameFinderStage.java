package org.parley.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.parley.article.Article;
import org.parley.article.Layer;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.NameMention.NameType;
import org.parley.article.Span;
import org.parley.article.Token;
import org.parley.nlp.Lazy;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.Stage;

/**
 * Finds person, location and organization names with Parley's own OpenNLP name finder model
 * (trained by {@link NerTrainer}, resource {@value NerTrainer#MODEL_RESOURCE}).
 *
 * <p>Requires TOKENS, provides NAMES: one {@link NameMention} per name, with its span in article
 * offsets, its text, type, the model's probability as confidence and source {@code "model"}.
 * Tokens are split further by {@link NerTokens} (possessives, slashes) the way the training
 * corpus was, so "Russia's" yields the name "Russia". Runs sentence by sentence; adaptive data
 * (names seen earlier in the article) is cleared at the start of every article.
 *
 * <p>The model is loaded once and shared; a stage holds a {@link NameFinderME} and is not
 * thread-safe: use one per thread.
 */
public final class NameFinderStage implements Stage {
    /**
     * Beam used to decode names: 2 instead of OpenNLP's 3 costs less (2.7 to 3.1 instead of 3.0 to
     * 3.9 ms per generated article in two runs); greedy decoding (1) would save more but drops
     * names the beam finds ("Ecuadorian Foreign Minister Ines Villacres").
     */
    public static final int BEAM_SIZE = 2;
    private static final Lazy<TokenNameFinderModel> MODEL = new Lazy<>(() ->
            OpenNlpModels.loadSequenceModel(NerTrainer.MODEL_RESOURCE, DecodedNameFinderModel::new, BEAM_SIZE));
    /** Value of {@link NameMention#source()} for names from this stage. */
    public static final String SOURCE = "model";

    private final NameFinderME finder;

    /** A stage using Parley's committed model. */
    public NameFinderStage() {
        this(model());
    }

    /** @param model a name finder model with types person, location, organization */
    public NameFinderStage(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** @return Parley's name finder model, loaded on first use */
    public static TokenNameFinderModel model() {
        return MODEL.get();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.NAMES);
    }

    @Override
    public void process(Article article) {
        finder.clearAdaptiveData();
        String text = article.text();
        List<Token> tokens = article.get(Layers.TOKENS);
        List<NameMention> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int sentence = tokens.get(i).sentence();
            spans.clear();
            while (i < tokens.size() && tokens.get(i).sentence() == sentence) {
                spans.addAll(NerTokens.split(text, tokens.get(i).span()));
                i++;
            }
            String[] words = new String[spans.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = spans.get(k).of(text);
            }
            for (opennlp.tools.util.Span name : finder.find(words)) {
                NameType type = type(name.getType());
                if (type == null) {
                    continue;
                }
                Span span = new Span(spans.get(name.getStart()).start(), spans.get(name.getEnd() - 1).end());
                out.add(new NameMention(span, span.of(text), type, name.getProb(), SOURCE));
            }
        }
        article.put(Layers.NAMES, out);
    }

    private static NameType type(String modelType) {
        return switch (modelType) {
            case "person" -> NameType.PERSON;
            case "location" -> NameType.LOCATION;
            case "organization" -> NameType.ORGANIZATION;
            default -> null;
        };
    }
}
