package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.Token;

class PosStageTest {
    private static final Pipeline TOKENIZE = new Pipeline(List.of(new SentenceStage(), new TokenStage()));

    private static Article tokenized(String text) {
        return TOKENIZE.process(new Article("t", "t.txt", text, ArticleMetadata.EMPTY));
    }

    /** The tags of tagging each sentence whole with OpenNLP's own tagger, in token order. */
    private static List<String> stockTags(List<Token> tokens) {
        POSTaggerME stock = new POSTaggerME(OpenNlpModels.stockPos(), POSTagFormat.PENN);
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            String[] words = tokens.subList(i, j).stream().map(Token::text).toArray(String[]::new);
            Collections.addAll(tags, stock.tag(words));
            i = j;
        }
        return tags;
    }

    @Test
    void tagsReadInAnyOrderAreTheTagsOfWholeSentences() throws IOException {
        PosStage stage = new PosStage();
        Random random = new Random(3);
        for (String text : SampleTexts.seedsAndGenerated(20)) {
            Article a = tokenized(text);
            stage.process(a);
            List<Token> tokens = a.get(Layers.TOKENS);
            List<Token> tagged = a.get(Layers.POS);
            assertEquals(tokens.size(), tagged.size());
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            String[] read = new String[tokens.size()];
            for (int i : order) {
                Token t = tagged.get(i);
                assertEquals(tokens.get(i).span(), t.span());
                assertEquals(tokens.get(i).sentence(), t.sentence());
                read[i] = t.pos();
            }
            assertArrayEquals(stockTags(tokens).toArray(), read);
        }
    }

    @Test
    void aLaterSentenceCanBeReadFirst() {
        Article a = tokenized("Lavrov met Kuleba in Antalya. They agreed on nothing.");
        new PosStage().process(a);
        assertNull(a.get(Layers.TOKENS).get(0).pos(), "the TOKENS layer is left as it is");
        Token they = a.get(Layers.POS).get(6);
        assertEquals("They", they.text());
        assertEquals("PRP", they.pos());
        assertEquals("NNP", a.get(Layers.POS).get(0).pos());
    }
}
