package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.SampleTexts;

/** Parley's token and token-class generators give OpenNLP's features, token for token. */
class LowercaseTokenFeaturesTest {
    private static final String DESCRIPTOR = "generator.featuregen";

    @Test
    void lowerCasesAsOpenNlpDoes() {
        for (String s : List.of("", "a", "Z", "talks", "Talks", "UN", "McDonald", "2024", "U.S.", "--", "@[\\]^`{",
                "Élysée", "İstanbul", "STRAßE", "ΑΘΗΝΑ", "Ǆemal", "\uD801\uDC00x", "naïve", "NATO-led")) {
            assertEquals(StringUtil.toLowerCase(s), LowercaseTokenFeatures.lower(s), s);
        }
    }

    @Test
    void alreadyLowerAsciiTokensAreReturnedAsThey() {
        String s = "negotiations";
        assertTrue(LowercaseTokenFeatures.lower(s) == s);
    }

    @Test
    void theCommittedModelsGeneratorsAreReplacedAndGiveTheSameContexts() throws IOException {
        TokenNameFinderModel stock =
                OpenNlpModels.loadSequenceModel(NerTrainer.MODEL_RESOURCE, TokenNameFinderModel::new, 2);
        TokenNameFinderModel decoded =
                OpenNlpModels.loadSequenceModel(NerTrainer.MODEL_RESOURCE, DecodedNameFinderModel::new, 2);
        String stockXml = new String((byte[]) stock.getArtifact(DESCRIPTOR), StandardCharsets.UTF_8);
        String decodedXml = new String((byte[]) decoded.getArtifact(DESCRIPTOR), StandardCharsets.UTF_8);
        assertTrue(stockXml.contains("opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"), stockXml);
        assertTrue(stockXml.contains("opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"), stockXml);
        assertTrue(decodedXml.contains(LowercaseTokenFeatures.TokenFactory.class.getName()), decodedXml);
        assertTrue(decodedXml.contains(LowercaseTokenFeatures.TokenClassFactory.class.getName()), decodedXml);
        assertFalse(decodedXml.contains("opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"), decodedXml);

        NameContextGenerator expected = stock.getFactory().createContextGenerator();
        NameContextGenerator actual = decoded.getFactory().createContextGenerator();
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        int tokens = 0;
        for (String text : SampleTexts.seedsAndGenerated(20)) {
            for (String sentence : detector.sentDetect(text)) {
                String[] words = tokenizer.tokenize(sentence);
                String[] preds = new String[words.length];
                Arrays.fill(preds, "other");
                for (int i = 0; i < words.length; i++) {
                    String[] e = expected.getContext(i, words, preds, null);
                    String[] a = actual.getContext(i, words, preds, null);
                    assertArrayEquals(e, a, sentence);
                    if (i % 3 == 0) {
                        preds[i] = "person-start";
                    }
                    tokens++;
                }
                expected.updateAdaptiveData(words, preds);
                actual.updateAdaptiveData(words, preds);
            }
        }
        assertTrue(tokens > 5000, "tokens compared: " + tokens);
    }
}
