package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.parley.nlp.ner.NameFinderStage;

/** Parley's sequence models decode greedily, and tag a plain sentence as the beam search does. */
class GreedyDecodingTest {
    @Test
    void sequenceModelsAreLoadedWithBeamOne() {
        assertEquals("1", OpenNlpModels.pos().getManifestProperty("BeamSize"));
        assertEquals("1", NameFinderStage.model().getManifestProperty("BeamSize"));
    }

    @Test
    void greedyTagsMatchTheBeamOnAPlainSentence() {
        String[] words = "The foreign ministers met in Geneva on Monday and agreed to talk again .".split(" ");
        POSModel beamModel = OpenNlpModels.load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        assertEquals("3", beamModel.getManifestProperty("BeamSize"), "the official model decodes with a beam of 3");
        POSTaggerME beam = new POSTaggerME(beamModel);
        POSTaggerME greedy = new POSTaggerME(OpenNlpModels.pos());
        assertArrayEquals(beam.tag(words), greedy.tag(words));
    }

    @Test
    void aZipWithoutManifestIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("other.txt"));
            zip.closeEntry();
        }
        IOException e = assertThrows(IOException.class,
                () -> OpenNlpModels.withBeamSize(new ByteArrayInputStream(bytes.toByteArray()), 1));
        assertEquals("not an OpenNLP model package: no manifest.properties", e.getMessage());
    }
}
