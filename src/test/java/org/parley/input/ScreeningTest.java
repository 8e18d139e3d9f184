package org.parley.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.article.ArticleMetadata;

class ScreeningTest {
    static final String WIRE = "Delegations from Freedonia and Sylvania met in Vienna on Tuesday for a third round of"
            + " talks on the disputed river border, the Austrian foreign ministry said.\nThe delegation of Freedonia"
            + " was led by Foreign Minister Anna Marsh, who said the talks had been frank and useful.\nSylvania's"
            + " chief negotiator, Paul Grant, told reporters that both sides had exchanged maps and agreed to set up"
            + " a joint technical commission before the next round in September.\nAustrian mediators said a"
            + " framework agreement could be signed before the end of the year if the commission made progress.";

    private static InputRecord.Read record(String place, String text, String language) {
        return new InputRecord.Read(place, place, text, ArticleMetadata.EMPTY, language);
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("English", "Border talks resume in Vienna\n" + WIRE, null, null),
                Arguments.of("French", "Reprise des pourparlers\nLes d\u00e9l\u00e9gations de la Freedonie et de la"
                        + " Sylvanie se sont r\u00e9unies mardi \u00e0 Vienne pour un troisi\u00e8me cycle de"
                        + " n\u00e9gociations sur la fronti\u00e8re fluviale, a indiqu\u00e9 le minist\u00e8re"
                        + " autrichien des affaires \u00e9trang\u00e8res.", null, "fra"),
                Arguments.of("German", "Grenzgespr\u00e4che in Wien\nDie Delegationen aus Freedonien und Sylvanien"
                        + " trafen sich am Dienstag in Wien zu einer dritten Verhandlungsrunde \u00fcber die umstrittene"
                        + " Flussgrenze, teilte das \u00f6sterreichische Au\u00dfenministerium mit.", null, "deu"),
                Arguments.of("Spanish", "Conversaciones en Viena\nLas delegaciones de Freedonia y Sylvania se"
                        + " reunieron el martes en Viena para una tercera ronda de negociaciones sobre la frontera"
                        + " del r\u00edo, inform\u00f3 el ministerio de asuntos exteriores de Austria.", null, "spa"),
                Arguments.of("declared French", "Border talks\n" + WIRE, "fr", "fr"),
                Arguments.of("declared English", "Border talks\n" + WIRE, "en", null),
                Arguments.of("declared English, written in French", "Reprise des pourparlers\nLes d\u00e9l\u00e9gations"
                        + " se sont r\u00e9unies mardi \u00e0 Vienne pour un troisi\u00e8me cycle de n\u00e9gociations"
                        + " sur la fronti\u00e8re fluviale.", "en", "fra"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void skipsWhatIsNotEnglish(String name, String text, String declared, String expected) {
        assertEquals(expected, EnglishDetector.otherLanguage(text, declared));
    }

    @Test
    void aWireStoryRunUnderAnotherHeadlineAndBylineIsACopy() {
        Screening s = new Screening();
        assertNull(s.check(record("herald.html", "Border talks resume in Vienna\n" + WIRE, "en")));
        InputRecord.Skipped copy = s.check(record("gazette.html",
                "Third round of border talks\nBy Example Wire staff\n" + WIRE, "en"));
        assertEquals(new InputRecord.Skipped("gazette.html", Screening.DUPLICATE, "copy of herald.html"), copy);
        InputRecord.Skipped trimmed = s.check(record("post.html", "Vienna talks\n" + WIRE.replace(
                ", the Austrian foreign ministry said", ""), "en"));
        assertEquals("copy of herald.html", trimmed.detail());
    }

    @Test
    void anotherStoryOnTheSameTalksIsNotACopy() {
        Screening s = new Screening();
        assertNull(s.check(record("a.txt", "Border talks resume in Vienna\n" + WIRE, null)));
        assertNull(s.check(record("b.txt", "Sylvania rejects the map\nSylvania's government on Wednesday rejected"
                + " the map presented by Freedonia at the Vienna talks, saying it ignored the course of the river"
                + " after the floods of 2019.\nA spokesman said the joint technical commission agreed on Tuesday"
                + " should first survey the riverbed before any line is drawn.", null)));
    }

    @Test
    void theSeedArticlesAreEnglishAndDistinct() throws IOException {
        Screening s = new Screening();
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : seeds) {
            assertNull(s.check(record(p.toString(), Files.readString(p), null)), p.toString());
        }
    }
}
