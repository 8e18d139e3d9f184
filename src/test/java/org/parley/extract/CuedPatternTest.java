package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CuedPatternTest {

    @Test
    void cuesAreTheOpeningLiteralsLessOptionalEndings() {
        assertEquals(List.of("cease", "truce"), CuedPattern.compile("\\bcease-?fires?\\b|\\btruce\\b").cues());
        assertEquals(List.of("prisoner", "exchange of prisoners"),
                CuedPattern.compile("\\bprisoners? (?:exchange|swap)s?\\b|\\bexchange of prisoners\\b").cues());
        assertEquals(List.of("withdrawal of "),
                CuedPattern.compile("\\bwithdrawal of (?:\\w+ )?(?:troops|forces)\\b").cues());
        assertEquals(List.of("evacuat"), CuedPattern.compile("\\bEvacuat\\w+\\b").cues());
        assertEquals(List.of("peace "), CuedPattern.compile("\\bpeace (?:agreement|deal|a|b)\\b").cues(),
                "a bar inside a group does not split");
    }

    @Test
    void anOpeningGroupGivesTheCuesOfItsAlternatives() {
        assertEquals(List.of("met", "meet", "sign", "initial", "agreement", "treaty"),
                CuedPattern.compile("\\b(?:met|meet)\\b(?=\\s+in)|\\b(?:sign(?:ed)?|initial(?:l)?ed)\\b"
                        + "|\\b(agreements?|treaty)\\b").cues());
        assertEquals(List.of("no ", "reached", "agreed", "little progress"),
                CuedPattern.compile("\\b(no (?:real )?deal|(?:reached|agreed(?: on)?) a deal|little progress)").cues());
    }

    @Test
    void refusesAlternativesWithoutAnOpeningLiteral() {
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\b(?:truce|cease)?fire"));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\b(?=truce)\\w+"));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\b(?:(?<!\\d)may|will)"));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\b(?:truce|)"));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\btruce\\b|cease"));
        assertThrows(IllegalArgumentException.class, () -> CuedPattern.compile("\\bs?talks"));
    }

    @Test
    void findsWhatThePatternFindsAndSkipsTextsWithoutCues() {
        CuedPattern p = CuedPattern.compile("\\bcease-?fires?\\b|\\btruce\\b|\\btariffs?\\b");
        for (String text : List.of("A CEASE-FIRE held.", "The Truce ended.", "No tariff talk.", "Tariffs rose",
                "They ceased fire.", "A ceasefirex", "The construce", "Nothing here", "İstanbul truce")) {
            String lower = text.toLowerCase(Locale.ROOT);
            Matcher cued = p.matcher(text, lower);
            boolean expected = p.pattern().matcher(text).find();
            assertEquals(expected, cued != null && cued.find(), text);
        }
        assertNull(p.matcher("Nothing here", "nothing here"));
        CuedPattern grouped = CuedPattern.compile("\\b(?:met|meets?)\\b(?=\\s+(?:in|\\p{Lu}))|\\b(talks|round)\\b");
        for (String text : List.of("They MET in Doha.", "She meets Lavrov.", "A new round.", "Talks resumed.",
                "The method works.", "They went around.", "Nothing here")) {
            Matcher cued = grouped.matcher(text, text.toLowerCase(Locale.ROOT));
            assertEquals(grouped.pattern().matcher(text).find(), cued != null && cued.find(), text);
        }
        assertNotNull(p.matcher("The construce", "the construce"), "a cue is only a pre-test");
    }
}
