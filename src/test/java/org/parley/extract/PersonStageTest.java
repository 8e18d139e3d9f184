package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.Layers;
import org.parley.article.PersonMention;

class PersonStageTest {

    private static List<PersonMention> persons(String text) {
        Article a = FullPipeline.annotate(text, "2023-05-10");
        return a.get(Layers.PERSONS);
    }

    private static PersonMention first(List<PersonMention> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ps));
    }

    private static String countryOf(List<PersonMention> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).map(PersonMention::countryCode)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String roleOf(List<PersonMention> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).map(PersonMention::role)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void titleBeforeNameGivesRoleAndCountry() {
        List<PersonMention> ps = persons("Greek Foreign Minister Nikos Dendias met reporters in Athens.");
        PersonMention p = first(ps, "Nikos Dendias");
        assertEquals("Foreign Minister", p.role());
        assertEquals("GR", p.countryCode());
    }

    @Test
    void appositionGivesRoleAndCountry() {
        List<PersonMention> ps = persons("Talks were led by Rustem Umerov, Ukraine's defence minister, on Monday.");
        assertEquals("UA", countryOf(ps, "Rustem Umerov"));
        assertTrue(roleOf(ps, "Rustem Umerov").toLowerCase().contains("minister"));
    }

    @Test
    void surnameAloneTakesTheFullName() {
        List<PersonMention> ps = persons("Chinese Foreign Minister Wang Yi arrived on Sunday. Wang said the talks were useful.");
        assertEquals(2, ps.stream().filter(p -> p.name().equals("Wang Yi")).count());
    }

    @Test
    void indefiniteRolePhraseGivesCountryToTheNamedPersonAfterIt() {
        List<PersonMention> ps = persons("A Kremlin spokesman told reporters on Wednesday that a delegation was ready. "
                + "Spokesman Dmitry Peskov said the timeline had been set.");
        assertEquals("RU", countryOf(ps, "Dmitry Peskov"));
    }

    @Test
    void definiteRolePhraseRefersBackToTheNamedPerson() {
        List<PersonMention> ps = persons("Kenyan Foreign Minister Musalia Mudavadi spoke first. He was followed by "
                + "William Ruto, who the Kenyan president praised for his patience.");
        assertEquals("KE", countryOf(ps, "William Ruto"));
        assertEquals("President", roleOf(ps, "William Ruto"));
    }

    @Test
    void pluralTitleGivesTheRoleToBothNames() {
        List<PersonMention> ps = persons("The summit between Presidents Emmanuel Macron and Joe Biden was postponed.");
        assertEquals("President", roleOf(ps, "Emmanuel Macron"));
        assertEquals("President", roleOf(ps, "Joe Biden"));
    }

    @Test
    void newsOutletsAndInstitutionsAreNotPeople() {
        List<PersonMention> ps = persons("The Washington Post and the New York Times reported it, per Reuters. "
                + "A building of Karazin Kharkiv National University was hit.");
        assertTrue(ps.isEmpty(), ps.toString());
    }

    @Test
    void photoCreditsAreNotPeople() {
        List<PersonMention> ps = persons("Delegates arrive for talks in Geneva. (AP Photo/Jane Whitfield)");
        assertFalse(ps.stream().anyMatch(p -> p.name().contains("Whitfield")), ps.toString());
    }

    @Test
    void nameSourcesCanBeTurnedOffToMeasureTheirContribution() {
        String text = "Greek Foreign Minister Nikos Dendias later met Mevlut Cavusoglu.";
        org.parley.article.Article titlesOnly = new org.parley.nlp.Pipeline(Extraction.pipeline(
                java.util.EnumSet.of(PersonStage.NameSource.TITLE)).stages()).process(
                new org.parley.article.Article("t", "t.txt", text, org.parley.article.ArticleMetadata.EMPTY));
        List<String> names = titlesOnly.get(Layers.PERSONS).stream().map(PersonMention::name).toList();
        assertEquals(List.of("Nikos Dendias"), names);
        List<String> all = persons(text).stream().map(PersonMention::name).toList();
        assertTrue(all.contains("Mevlut Cavusoglu"), all.toString());
    }
}
