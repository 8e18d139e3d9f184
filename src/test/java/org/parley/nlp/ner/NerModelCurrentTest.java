package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NerModelCurrentTest {

    private static Properties committed() throws IOException {
        Properties p = new Properties();
        try (InputStream in = NerTrainer.class.getResourceAsStream(NerTrainer.PROPERTIES_RESOURCE)) {
            assertNotNull(in, NerTrainer.PROPERTIES_RESOURCE + " is missing; train the model with: "
                    + NerTrainer.RETRAIN_COMMAND);
            p.load(in);
        }
        return p;
    }

    @Test
    void committedModelWasTrainedOnTheCurrentCorpus() throws IOException {
        List<Path> files = NerTrainer.corpusFiles(NerTrainer.CORPUS_DIR);
        assertEquals(committed().getProperty("corpus.sha256"), NerTrainer.corpusDigest(files),
                "the NER corpus in " + NerTrainer.CORPUS_DIR + " changed since the model was trained; retrain with: "
                        + NerTrainer.RETRAIN_COMMAND + " (and commit the new parley-ner.bin and .properties)");
    }

    @Test
    void committedModelWasTrainedWithTheCurrentSettings() throws IOException {
        assertEquals(committed().getProperty("parameters.sha256"), NerTrainer.defaults().digest(),
                "the NER training settings changed since the model was trained; retrain with: "
                        + NerTrainer.RETRAIN_COMMAND + " (and commit the new parley-ner.bin and .properties)");
    }
}
