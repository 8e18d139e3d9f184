package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.Token;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void refusesAStageWhoseInputsNoEarlierStageProvides() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new TokenStage(), new SentenceStage())));
        assertEquals("TokenStage requires SENTENCES; add a stage that provides SENTENCES before it", e.getMessage());
    }

    @Test
    void splitsLinesIntoSentencesAndTagsTokens() {
        Article a = new Article("t", "t.txt", "Talks Resume\nLavrov met Kuleba in Antalya. They agreed on nothing.",
                ArticleMetadata.EMPTY);
        new Pipeline(List.of(new SentenceStage(), new TokenStage(), new PosStage())).process(a);
        assertEquals(3, a.get(Layers.SENTENCES).size());
        assertEquals("Talks Resume", a.text(a.get(Layers.SENTENCES).get(0).span()));
        List<Token> pos = a.get(Layers.POS);
        Token lavrov = pos.stream().filter(t -> t.text().equals("Lavrov")).findFirst().orElseThrow();
        assertEquals("NNP", lavrov.pos());
        assertEquals(1, lavrov.sentence());
    }
}
