package org.parley.extract.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.Relevance;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;

/** Whether whole articles report diplomatic negotiation, and the shape of the relevance layers. */
class RelevanceStageTest {

    private static Article run(String text) {
        Article a = new Article("fixture", "fixture.txt", text, new ArticleMetadata(null, null, null, null));
        new Pipeline(List.of(new SentenceStage(), new RelevanceStage())).process(a);
        return a;
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks resume in Ardenne. The second round of talks between Norvania and Celdor opened on Monday. The envoys discussed a ceasefire. Photo: agency.                                       | true
            Leaders meet. The presidents of the two countries met at a summit by the sea. They agreed to reopen their embassies and to resume the dialogue on the border.                        | true
            Rebels at the table. The government delegation and the rebel negotiators met under the auspices of the mediator. The talks will continue next week.                                 | true
            Runoff looms. Voters went to the polls on Sunday. No candidate won a majority, so a second round will be held. Turnout was high.                                                     | false
            Upset in the second round. The top seed lost in the second round of the tournament. Her opponent served well. The match lasted three hours.                                         | false
            Pay talks fail. The union said talks with the rail operators over wages had failed. Drivers will strike next week.                                                                  | false
            Growth round. The start-up raised 30 million dollars in a funding round led by investors. The company will hire engineers.                                                          | false
            Athletes arrive. The national delegation of 200 athletes arrived for the games. The team hopes to win ten medals.                                                                    | false
            """)
    void decidesWholeArticles(String text, boolean relevant) {
        double score = run(text).get(Layers.ARTICLE_RELEVANCE).get(0);
        assertEquals(relevant, score >= RelevanceGate.ARTICLE_MIN, text + ": " + score);
    }

    @ParameterizedTest(name = "sentence {1} relevant {2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks resume. The envoys of the two governments discussed a ceasefire. Meanwhile the top seed lost in the third round of the tournament. | 2 | false
            Talks resume. The envoys of the two governments discussed a ceasefire. Photo: agency archive.                                         | 2 | true
            Talks resume. The envoys of the two governments discussed a ceasefire. The third round of talks ended late.                           | 2 | true
            Runoff looms. Voters went to the polls on Sunday. Photo: agency archive.                                                              | 2 | false
            """)
    void sentenceOfAnotherDomainKeepsItsOwnScoreOthersFollowTheArticle(String text, int sentence, boolean relevant) {
        double score = run(text).get(Layers.RELEVANCE).get(sentence).score();
        assertEquals(relevant, score >= RelevanceGate.SENTENCE_MIN, text + ": " + score);
    }

    @Test
    void givesOneScoreToEachSentenceInOrder() {
        Article a = run("The envoys met in Ardenne. The weather was fine. The talks ended late.");
        List<Relevance> scores = a.get(Layers.RELEVANCE);
        assertEquals(a.get(Layers.SENTENCES).size(), scores.size());
        for (int i = 0; i < scores.size(); i++) {
            assertEquals(i, scores.get(i).sentence());
            assertEquals(a.get(Layers.SENTENCES).get(i).span(), scores.get(i).span());
        }
        assertEquals(1, a.get(Layers.ARTICLE_RELEVANCE).size());
    }

    @Test
    void emptyArticleIsNotRelevant() {
        Article a = run("");
        assertTrue(a.get(Layers.RELEVANCE).isEmpty());
        assertEquals(0.0, a.get(Layers.ARTICLE_RELEVANCE).get(0));
    }
}
