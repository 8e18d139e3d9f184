package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.parley.article.Layers;
import org.parley.article.PersonMention;

/** The role and country rules added on top of plain "Title Name": tails, capitals, list entries, ranks. */
class PersonRoleRulesTest {

    private static List<PersonMention> persons(String text) {
        return FullPipeline.annotate(text, "2024-03-04").get(Layers.PERSONS);
    }

    private static String roleOf(List<PersonMention> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).map(PersonMention::role)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String countryOf(List<PersonMention> ps, String name) {
        return ps.stream().filter(p -> p.name().equals(name)).map(PersonMention::countryCode)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    @Test
    void titleWithOfCountryTailGivesTheCountry() {
        List<PersonMention> ps = persons("The summit was opened by the President of Finland Sauli Niinisto on Monday.");
        assertEquals("FI", countryOf(ps, "Sauli Niinisto"));
        assertTrue(roleOf(ps, "Sauli Niinisto").startsWith("President of Finland"));
    }

    @Test
    void ambassadorToAHostCountryRepresentsTheCountryBeforeTheTitle() {
        List<PersonMention> ps = persons("The Japanese Ambassador to Brazil Kenji Tanaka attended the signing.");
        assertEquals("JP", countryOf(ps, "Kenji Tanaka"));
        assertEquals("Ambassador to Brazil", roleOf(ps, "Kenji Tanaka"));
    }

    @Test
    void capitalAndOfficeAdjectiveBeforeTitleGiveTheCountry() {
        List<PersonMention> ps = persons("Later, Warsaw military spokesman Piotr Nowak said the convoy had turned back.");
        assertEquals("PL", countryOf(ps, "Piotr Nowak"));
    }

    @Test
    void apostropheSpacedPossessiveStillGivesTheCountry() {
        List<PersonMention> ps = persons("Also present was France’ s ambassador to Chile Marc Dubois and several aides.");
        assertEquals("FR", countryOf(ps, "Marc Dubois"));
    }

    @Test
    void titleOfAnotherPersonInsideAnAppositionIsNotCopied() {
        List<PersonMention> ps = persons(
                "Taking part were Anna Berg, Norway’s ambassador to Peru Lars Holm and the mediator.");
        assertNull(countryOf(ps, "Anna Berg"));
        assertEquals("NO", countryOf(ps, "Lars Holm"));
    }

    @Test
    void whosWhoListLineGivesRoleAndCountry() {
        String text = "Who is in the Irish delegation?\n\n"
                + "  • Mary Byrne: Ireland's permanent representative to the EU\n"
                + "  • Sean Walsh: director general at the Department of Foreign Affairs\n";
        List<PersonMention> ps = persons(text);
        assertEquals("IE", countryOf(ps, "Mary Byrne"));
        assertNotNull(roleOf(ps, "Sean Walsh"));
        assertTrue(roleOf(ps, "Sean Walsh").toLowerCase().contains("director general"));
    }

    @Test
    void appositionOfficeOutranksAMilitaryRank() {
        List<PersonMention> ps = persons(
                "Admiral Paulo Reis, Secretary of Portugal's National Defence Council, led the talks.");
        assertTrue(roleOf(ps, "Paulo Reis").startsWith("Secretary"));
        assertEquals("PT", countryOf(ps, "Paulo Reis"));
    }

    @Test
    void familyNameWrittenFirstTakesTheFirstFullName() {
        List<PersonMention> ps = persons("Chairman Park Min-soo met Park Ji-won on Friday. Mr. Park said the meeting went well.");
        long asFull = ps.stream().filter(p -> p.text().equals("Park") && p.name().equals("Park Min-soo")).count();
        assertEquals(1, asFull);
    }

    @Test
    void chineseSurnameHeAfterATitleIsAName() {
        List<PersonMention> ps = persons("The team was led by Vice Premier He Lifeng, who arrived on Sunday.");
        assertTrue(ps.stream().anyMatch(p -> p.name().equals("He Lifeng")), ps.toString());
    }

    @Test
    void pairedCountriesBeforeAPluralTitleGoToTheNamesInOrder() {
        List<PersonMention> ps = persons("Romanian and Bulgarian PMs Ion Popescu and Georgi Ivanov signed the accord.");
        assertEquals("RO", countryOf(ps, "Ion Popescu"));
        assertEquals("BG", countryOf(ps, "Georgi Ivanov"));
        assertEquals("Prime Minister", roleOf(ps, "Georgi Ivanov"));
    }

    @Test
    void particleNameWrittenCapitalizedTakesTheFullName() {
        List<PersonMention> ps = persons("Chief negotiator Miguel de la Torre arrived on Monday. "
                + "Later De la Torre said the talks were useful.");
        assertTrue(ps.stream().noneMatch(p -> p.name().equals("De la Torre")), ps.toString());
    }

    @Test
    void hyphenatedCommunityDemonymGivesTheLastPartsCountry() {
        List<PersonMention> ps = persons("He met President Tomas Ruiz, the Basque-Spanish leader, on Monday.");
        assertEquals("ES", countryOf(ps, "Tomas Ruiz"));
    }

    @Test
    void exTitleAfterADemonymKeepsTheCountry() {
        List<PersonMention> ps = persons("According to Polish ex-president Jan Kowalski, the talks will go on.");
        assertEquals("PL", countryOf(ps, "Jan Kowalski"));
    }

    @Test
    void selfProclaimedEntityTailGivesRoleWithoutACountry() {
        List<PersonMention> ps = persons("The talks involve Prime Minister of the self-proclaimed Northern Republic "
                + "(NR) Ivan Petrov and others.");
        assertTrue(roleOf(ps, "Ivan Petrov").startsWith("Prime Minister of the self"), ps.toString());
        assertEquals(null, countryOf(ps, "Ivan Petrov"));
    }
}
