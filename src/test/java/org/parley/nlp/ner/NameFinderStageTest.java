package org.parley.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.article.NameMention.NameType;
import org.parley.article.Span;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.TokenStage;

class NameFinderStageTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void pipeline() {
        pipeline = new Pipeline(List.of(new SentenceStage(), new TokenStage(), new NameFinderStage()));
    }

    private static List<NameMention> names(String text) {
        Article a = new Article("t", "t.txt", text, ArticleMetadata.EMPTY);
        pipeline.process(a);
        return a.get(Layers.NAMES);
    }

    private static NameMention find(List<NameMention> names, String text) {
        return names.stream().filter(n -> n.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no name '" + text + "' in " + names));
    }

    private static Span spanOf(String text, String part) {
        int i = text.indexOf(part);
        return new Span(i, i + part.length());
    }

    @Test
    void findsAPersonAfterATitleWithItsArticleSpan() {
        String text = "Talks resume\nEcuadorian Foreign Minister Ines Villacres met her Peruvian counterpart in Lima.";
        List<NameMention> names = names(text);
        NameMention person = find(names, "Ines Villacres");
        assertEquals(NameType.PERSON, person.type());
        assertEquals(spanOf(text, "Ines Villacres"), person.span());
        assertEquals("model", person.source());
        assertTrue(person.confidence() > 0 && person.confidence() <= 1, "confidence " + person.confidence());
        NameMention lima = find(names, "Lima");
        assertEquals(NameType.LOCATION, lima.type());
        assertEquals(spanOf(text, "Lima"), lima.span());
    }

    @Test
    void leavesThePossessiveOutOfALocation() {
        String text = "Chilean President Gabriel Boric said in Santiago that Chile's position had not changed.";
        List<NameMention> names = names(text);
        NameMention chile = find(names, "Chile");
        assertEquals(NameType.LOCATION, chile.type());
        assertEquals(new Span(text.indexOf("Chile's"), text.indexOf("Chile's") + 5), chile.span());
        assertEquals(NameType.PERSON, find(names, "Gabriel Boric").type());
        assertEquals(NameType.LOCATION, find(names, "Santiago").type());
    }

    @Test
    void findsOrganizations() {
        List<NameMention> names = names("The United Nations and NATO welcomed the agreement on Monday.");
        assertEquals(NameType.ORGANIZATION, find(names, "United Nations").type());
        assertEquals(NameType.ORGANIZATION, find(names, "NATO").type());
    }

    @Test
    void findsThePhotographerInAPhotoCredit() {
        String text = "Delegates arrive at the talks. (AP Photo/Dolores Ochoa)";
        List<NameMention> names = names(text);
        assertEquals(NameType.PERSON, find(names, "Dolores Ochoa").type());
        assertEquals(spanOf(text, "Dolores Ochoa"), find(names, "Dolores Ochoa").span());
        assertEquals(NameType.ORGANIZATION, find(names, "AP").type());
    }

    @Test
    void findsNothingInASentenceWithoutNames() {
        assertEquals(List.of(), names("The negotiators worked through the night and agreed on nothing."));
    }

    @Test
    void declaresItsLayersAndStartsEveryArticleAfresh() {
        NameFinderStage stage = new NameFinderStage();
        assertEquals(Set.of(Layers.TOKENS), stage.requires());
        assertEquals(Set.of(Layers.NAMES), stage.provides());
        String text = "Foreign Minister Ines Villacres arrived in Lima.";
        assertEquals(names(text), names(text));
    }
}
