package org.parley.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.bench.ScaleCorpus;

/** Texts to compare NLP components on: the seed articles, then generated ones. */
public final class SampleTexts {
    private SampleTexts() {
    }

    /**
     * @param generated how many generated articles to add (default seed)
     * @return the texts of {@code seeds/*.txt} in name order, then of the generated articles
     * @throws IOException when a seed cannot be read
     */
    public static List<String> seedsAndGenerated(int generated) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        ScaleCorpus corpus = new ScaleCorpus(ScaleCorpus.DEFAULT_SEED, generated);
        for (int i = 0; i < generated; i++) {
            texts.add(corpus.article(i).text());
        }
        return texts;
    }
}
