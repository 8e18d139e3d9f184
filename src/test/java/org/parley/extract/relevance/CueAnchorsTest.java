package org.parley.extract.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.nlp.SampleTexts;

class CueAnchorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "ALWAYS", textBlock = """
            truces? ; truce
            armistice ; armistice
            Cease-?fires? ; cease
            negotiat(?:ors?|ing team) ; negotiat
            normali[sz]ation of (?:ties|relations) ; normali
            treat(?:y|ies) ; treat
            (?:government|rebel) delegations? ; government rebel
            talks|negotiations ; talks negotiations
            (?:peace (?:talks|deal)|truce) ; peace truce
            (?:the )?summit ; ALWAYS
            [Tt]alks ; ALWAYS
            \\bround ; ALWAYS
            a?round ; ALWAYS
            (?:a|an) envoy ; a an
            """)
    void anchorsAreTheLettersEveryMatchStartsWith(String fragment, String expected) {
        Optional<List<String>> anchors = CueAnchors.of(fragment);
        assertEquals(expected == null ? Optional.empty() : Optional.of(Arrays.asList(expected.split(" "))), anchors);
    }

    @Test
    void anchoredCuesAreTheFullScansCues() throws IOException {
        List<String> sentences = new ArrayList<>();
        try (InputStream in = RelevanceModel.class.getResourceAsStream(RelevanceModel.TRAINING)) {
            sentences.addAll(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
        for (String text : SampleTexts.seedsAndGenerated(50)) {
            sentences.addAll(Arrays.asList(text.split("(?<=[.!?])\\s+|\\n")));
        }
        RelevanceCues cues = RelevanceCues.get();
        for (String sentence : sentences) {
            assertEquals(cues.cuesByFullScan(sentence), cues.cues(sentence), sentence);
        }
    }
}
