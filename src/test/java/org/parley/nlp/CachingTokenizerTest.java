package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.parley.bench.ScaleCorpus;

/** {@link CachingTokenizer} gives exactly the tokens of OpenNLP's {@link TokenizerME}. */
class CachingTokenizerTest {
    private final TokenizerME stock = new TokenizerME(OpenNlpModels.tokens());

    private void assertSameTokens(CachingTokenizer cached, String s) {
        assertArrayEquals(stock.tokenizePos(s), cached.tokenizePos(s), () -> "tokens of: " + s);
        assertArrayEquals(stock.tokenize(s), cached.tokenize(s), () -> "strings of: " + s);
    }

    @Test
    void wordsWithPunctuationAbbreviationsAndOddSpaces() {
        CachingTokenizer cached = new CachingTokenizer(OpenNlpModels.tokens());
        for (String s : List.of("", " ", "a", "Talks resumed.", "Russia's envoy (Mr. Lavrov) said: \"No.\"",
                "The U.S.-brokered deal, signed 12/03/2022, can't and won't hold...",
                "tabs\tand\nnew lines\r\nand\u00a0no-break\u2009thin spaces", "  leading and trailing  ",
                "e-mail: talks@example.org; $1.5bn; 3-4 p.m.; cannot; gonna",
                "Talks resumed. Talks resumed. Talks resumed.")) {
            assertSameTokens(cached, s);
            assertSameTokens(cached, s);
        }
    }

    @Test
    void sentencesOfSeedAndGeneratedArticles() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        ScaleCorpus generated = new ScaleCorpus(ScaleCorpus.DEFAULT_SEED, 40);
        for (int i = 0; i < 40; i++) {
            texts.add(generated.article(i).text());
        }
        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        CachingTokenizer cached = new CachingTokenizer(OpenNlpModels.tokens());
        CachingTokenizer forgetful = new CachingTokenizer(OpenNlpModels.tokens(), 8);
        int sentences = 0;
        for (String text : texts) {
            for (String s : detector.sentDetect(text)) {
                assertSameTokens(cached, s);
                assertSameTokens(forgetful, s);
                sentences++;
            }
            assertSameTokens(cached, text);
        }
        assertEquals(true, sentences > 300, "sentences compared: " + sentences);
    }
}
