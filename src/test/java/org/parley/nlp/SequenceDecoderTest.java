package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ner.DecodedNameFinderModel;
import org.parley.nlp.ner.NerTrainer;

/**
 * {@link SequenceDecoder} gives what OpenNLP's beam search gives: the same tags, names,
 * probabilities and scores, token for token, with beams of 1, 2 and 3, on the seed articles and
 * generated ones.
 */
class SequenceDecoderTest {
    private static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static List<String[]> sentences;

    @BeforeAll
    static void tokenizeSeeds() throws IOException {
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        sentences = new ArrayList<>();
        List<String> texts = SampleTexts.seedsAndGenerated(40);
        for (String text : texts) {
            for (String s : detector.sentDetect(text)) {
                sentences.add(tokenizer.tokenize(s));
            }
        }
        assertTrue(sentences.size() > 300, "enough sentences to compare: " + sentences.size());
    }

    @Test
    void thresholdIsTheKthBestScoreCountingRepeats() {
        assertEquals(0.5, SequenceDecoder.threshold(new double[] {0.2, 0.5, 0.3}, new double[1]));
        assertEquals(0.5, SequenceDecoder.threshold(new double[] {0.5, 0.2, 0.5}, new double[2]));
        assertEquals(0.3, SequenceDecoder.threshold(new double[] {0.2, 0.5, 0.3}, new double[2]));
        assertEquals(0.2, SequenceDecoder.threshold(new double[] {0.2, 0.5}, new double[3]),
                "fewer scores than the beam: the lowest, as OpenNLP reads index 0 of the sorted copy");
        assertEquals(0.0, SequenceDecoder.threshold(new double[] {0.0, -0.0, 1.0}, new double[2]),
                "ordered as Arrays.sort orders doubles");
    }

    @Test
    void posTagsAndProbabilitiesEqualOpenNlpBeamSearch() {
        for (int beam = 1; beam <= 3; beam++) {
            int size = beam;
            POSModel stock = OpenNlpModels.loadSequenceModel(POS_RESOURCE, POSModel::new, size);
            POSTaggerME expected = new POSTaggerME(stock);
            POSTaggerME actual = new POSTaggerME(OpenNlpModels.decoded(stock));
            for (String[] words : sentences) {
                assertArrayEquals(expected.tag(words), actual.tag(words), () -> "beam " + size + ": " + String.join(" ", words));
                assertArrayEquals(expected.probs(), actual.probs(), 0.0);
                Sequence[] e = expected.topKSequences(words);
                Sequence[] a = actual.topKSequences(words);
                assertEquals(e.length, a.length);
                for (int k = 0; k < e.length; k++) {
                    assertEquals(e[k].getOutcomes(), a[k].getOutcomes());
                    assertEquals(e[k].getScore(), a[k].getScore(), 0.0);
                }
            }
        }
    }

    @Test
    void namesAndProbabilitiesEqualOpenNlpBeamSearch() {
        for (int beam = 1; beam <= 3; beam++) {
            int size = beam;
            NameFinderME expected = new NameFinderME(
                    OpenNlpModels.loadSequenceModel(NerTrainer.MODEL_RESOURCE, TokenNameFinderModel::new, size));
            NameFinderME actual = new NameFinderME(
                    OpenNlpModels.loadSequenceModel(NerTrainer.MODEL_RESOURCE, DecodedNameFinderModel::new, size));
            int names = 0;
            for (String[] words : sentences) {
                Span[] e = expected.find(words);
                Span[] a = actual.find(words);
                assertArrayEquals(e, a, () -> "beam " + size + ": " + String.join(" ", words));
                for (int k = 0; k < e.length; k++) {
                    assertEquals(e[k].getProb(), a[k].getProb(), 0.0);
                }
                assertArrayEquals(expected.probs(), actual.probs(), 0.0);
                names += e.length;
            }
            assertTrue(names > 50, "the seeds have names to compare: " + names);
        }
    }
}
