package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

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
        List<String> texts = SampleTexts.seedsAndGenerated(40);
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
