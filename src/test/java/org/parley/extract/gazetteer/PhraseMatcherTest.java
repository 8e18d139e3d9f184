package org.parley.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<String> matcher = PhraseMatcher.<String>builder()
            .add("foreign minister", "FM")
            .add("foreign", "F")
            .add("minister", "M")
            .add("WHO", "World Health Organization")
            .add("vice president", "VP")
            .add("Foreign, Commonwealth and Development Office", "FCDO")
            .build();

    @Test
    void prefersLongestPhrase() {
        var m = matcher.match(List.of("Russian", "Foreign", "Minister", "Sergei"), 1).orElseThrow();
        assertEquals("FM", m.value());
        assertEquals(2, m.tokenCount());
    }

    @Test
    void fallsBackToShorterPrefix() {
        var m = matcher.match(List.of("foreign", "policy"), 0).orElseThrow();
        assertEquals("F", m.value());
        assertEquals(1, m.tokenCount());
    }

    @Test
    void ignoresCaseForOrdinaryPhrases() {
        assertEquals("FM", matcher.match(List.of("FOREIGN", "MINISTER"), 0).orElseThrow().value());
    }

    @Test
    void acronymsNeedCapitals() {
        assertTrue(matcher.match(List.of("WHO", "said"), 0).isPresent());
        assertTrue(matcher.match(List.of("who", "said"), 0).isEmpty());
        assertTrue(matcher.match(List.of("Who", "said"), 0).isEmpty());
    }

    @Test
    void hyphenatedTokenSpansTwoWords() {
        var m = matcher.match(List.of("the", "vice-president"), 1).orElseThrow();
        assertEquals("VP", m.value());
        assertEquals(1, m.tokenCount());
    }

    @Test
    void skipsPunctuationInsidePhrase() {
        var tokens = List.of("Foreign", ",", "Commonwealth", "and", "Development", "Office");
        var m = matcher.match(tokens, 0).orElseThrow();
        assertEquals("FCDO", m.value());
        assertEquals(6, m.tokenCount());
    }

    @Test
    void noMatchOutsideTokensOrOnPunctuation() {
        assertTrue(matcher.match(List.of("minister"), 1).isEmpty());
        assertTrue(matcher.match(List.of(",", "minister"), 0).isEmpty());
    }
}
