package org.parley.extract.relevance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences the relevance classifier takes for diplomatic negotiation, and its model file. */
class RelevanceModelTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The third round of peace talks between Norvania and Celdor opened in Ashgrove.             | true
            Envoys of the two governments met again to discuss the ceasefire.                          | true
            The foreign minister said the negotiations on the border would resume next month.          | true
            The rebel delegation arrived in the capital for the talks with the government.             | true
            The two presidents held a summit at a resort on the coast.                                 | true
            Mediators proposed a new draft of the peace agreement to both delegations.                 | true
            The sides agreed to exchange prisoners at the end of the second round.                     | true
            The talks will continue next week in the same hotel, the envoy said.                       | true
            The fourth round of voting will be held on Sunday.                                         | false
            The seventh seed lost in the second round of the tournament.                               | false
            The challenger was knocked out in the eleventh round.                                      | false
            The software maker closed a funding round led by two venture capital firms.                | false
            The two banks confirmed that merger talks had ended without an agreement.                  | false
            The union and the train operators will hold more talks about pay and pensions.             | false
            A delegation of young athletes arrived for the games.                                      | false
            A delegation of university students visited the assembly.                                  | false
            The climbers reached the summit after a twelve-hour push from the top camp.                | false
            The trial resumed after a second round of testimony from the witnesses.                    | false
            The opposition candidate won the runoff with 54 percent of the vote.                       | false
            """)
    void classifiesSentences(String sentence, boolean relevant) {
        double score = RelevanceModel.get().score(sentence);
        assertTrue(score >= 0 && score <= 1, sentence + ": " + score);
        assertEquals(relevant, score >= 0.5, sentence + ": " + score);
    }

    @Test
    void committedModelIsTheOneTheTrainingSentencesGive() throws IOException {
        byte[] committed;
        try (InputStream in = RelevanceModel.class.getResourceAsStream(RelevanceModel.MODEL)) {
            assertNotNull(in, RelevanceModel.MODEL + " is missing; train it with: " + RelevanceModel.RETRAIN_COMMAND);
            committed = in.readAllBytes();
        }
        assertArrayEquals(committed, RelevanceModel.train(RelevanceModel.TRAINING).bytes(),
                "the training sentences, the cue lexicon or the features changed since " + RelevanceModel.MODEL
                        + " was trained; retrain with: " + RelevanceModel.RETRAIN_COMMAND);
    }

    @Test
    void trainingIsDeterministic() {
        assertArrayEquals(RelevanceModel.train(RelevanceModel.TRAINING).bytes(),
                RelevanceModel.train(RelevanceModel.TRAINING).bytes());
    }
}
