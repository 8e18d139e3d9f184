package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerTrainerTest {

    /** A tiny corpus: the same few patterns with different invented names. */
    private static List<String> tinyCorpus() {
        String[][] people = {{"Arvo", "Kallio"}, {"Bruna", "Tavares"}, {"Chidi", "Eze"}, {"Dana", "Voss"},
            {"Emil", "Rask"}, {"Farah", "Nadim"}, {"Goran", "Ilic"}, {"Hana", "Sato"}};
        String[] cities = {"Lima", "Oslo", "Hanoi", "Quito", "Riga", "Accra", "Bern", "Dakar"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < people.length; i++) {
            String p = "<START:person> " + people[i][0] + " " + people[i][1] + " <END>";
            String c = "<START:location> " + cities[i] + " <END>";
            lines.add("Foreign Minister " + p + " arrived in " + c + " on Monday .");
            lines.add("The <START:organization> United Nations <END> envoy met " + p + " in " + c + " .");
            lines.add("The talks were held behind closed doors .");
            lines.add("");
        }
        return lines;
    }

    @Test
    void trainsAModelThatFindsPersonsLocationsAndOrganizations(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("tiny.train");
        Files.write(corpus, tinyCorpus());
        TokenNameFinderModel model = NerTrainer.train(List.of(corpus),
                new NerTrainer.Settings("MAXENT", 60, 1, "bio", NerTrainer.defaults().features()));
        Span[] names = new NameFinderME(model).find(
                "Foreign Minister Chidi Eze arrived in Hanoi on Monday .".split(" "));
        assertEquals(List.of(new Span(2, 4, "person"), new Span(6, 7, "location")), List.of(names));
    }

    @Test
    void countsSentencesAndNamesPerType(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("tiny.train");
        Files.write(corpus, tinyCorpus());
        assertEquals(Map.of("sentences", 24, "person", 16, "location", 16, "organization", 8),
                NerTrainer.statistics(List.of(corpus)));
    }

    @Test
    void writesTheModelWithTheCorpusAndSettingsDigests(@TempDir Path dir) throws IOException {
        Path corpusDir = Files.createDirectory(dir.resolve("ner"));
        Files.write(corpusDir.resolve("tiny.train"), tinyCorpus());
        Path modelDir = dir.resolve("model");
        NerTrainer.trainAndWrite(corpusDir, modelDir);
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(modelDir.resolve("parley-ner.properties"))) {
            p.load(in);
        }
        assertEquals(NerTrainer.corpusDigest(NerTrainer.corpusFiles(corpusDir)), p.getProperty("corpus.sha256"));
        assertEquals(NerTrainer.defaults().digest(), p.getProperty("parameters.sha256"));
        assertEquals("24", p.getProperty("corpus.sentences"));
        assertTrue(Files.size(modelDir.resolve("parley-ner.bin")) > 0);
    }

    @Test
    void corpusDigestChangesWithTheContent(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("a.train");
        Files.write(corpus, tinyCorpus());
        String before = NerTrainer.corpusDigest(List.of(corpus));
        Files.writeString(corpus, "\nThe talks ended .\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, NerTrainer.corpusDigest(List.of(corpus)));
    }
}
