package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ner.NerTrainer;

/** {@link CompactMaxentModel} gives the probabilities of the {@link GISModel} it was made from, bit for bit. */
class CompactMaxentModelTest {

    private static void assertSameEvaluations(GISModel model) {
        MaxentModel compact = CompactMaxentModel.of(model);
        assertInstanceOf(CompactMaxentModel.class, compact);
        assertEquals(model.getNumOutcomes(), compact.getNumOutcomes());
        List<String> features = new ArrayList<>(((Map<?, ?>) model.getDataStructures()[1]).keySet().stream()
                .map(Object::toString).toList());
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            int n = 1 + random.nextInt(40);
            String[] context = new String[n];
            for (int k = 0; k < n; k++) {
                int pick = random.nextInt(10);
                context[k] = pick == 0 ? "unseen=" + random.nextInt(1000)
                        : pick == 1 ? features.get(random.nextInt(features.size())) + "x"
                        : features.get(random.nextInt(features.size()));
            }
            double[] expected = model.eval(context, new double[model.getNumOutcomes()]);
            double[] actual = compact.eval(context, new double[model.getNumOutcomes()]);
            assertArrayEquals(expected, actual, 0.0);
            assertEquals(model.getBestOutcome(expected), compact.getBestOutcome(actual));
            CompactMaxentModel pieces = (CompactMaxentModel) compact;
            double[] sums = new double[model.getNumOutcomes()];
            int split = random.nextInt(n + 1);
            pieces.start(sums);
            pieces.add(context, 0, split, sums);
            pieces.add(context, split, n, sums);
            assertArrayEquals(expected, pieces.normalize(sums), 0.0, "evaluated in two pieces split at " + split);
        }
        assertArrayEquals(model.eval(new String[0]), compact.eval(new String[0]), 0.0, "no features: the prior");
    }

    @Test
    void posModel() {
        assertSameEvaluations(OpenNlpModels.stockPos().getArtifact("pos.model"));
    }

    @Test
    void nameFinderModel() {
        TokenNameFinderModel m = OpenNlpModels.load(NerTrainer.MODEL_RESOURCE, TokenNameFinderModel::new);
        assertSameEvaluations(m.getArtifact("nameFinder.model"));
    }

    @Test
    void otherModelsAreLeftAsTheyAre() {
        MaxentModel other = OpenNlpModels.tokens().getMaxentModel();
        if (!(other instanceof GISModel)) {
            assertSame(other, CompactMaxentModel.of(other));
        } else {
            assertSameEvaluations((GISModel) other);
        }
    }
}
