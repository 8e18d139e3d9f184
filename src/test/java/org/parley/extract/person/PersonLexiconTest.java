package org.parley.extract.person;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.extract.lexicon.Lexicon;

/** Every section of the person rules' lexicon files is read by a rule, and the stop words hold the month names. */
class PersonLexiconTest {

    @BeforeAll
    static void runTheRules() {
        Annotated.tokens("Envoy Ana Silva, the envoy, met Tom Reed: an adviser. The Greek envoy spoke.");
        for (Class<?> rule : new Class<?>[] {NameBoundaries.class, CandidateFilter.class, SideFinder.class,
            TitleTails.class, CounterpartRole.class, RoleAfterName.class, ListEntryRole.class,
            ListCountrySharing.class, RoleReferences.class, RoleChoice.class}) {
            try {
                Class.forName(rule.getName(), true, rule.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new AssertionError(e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            person-stop-words
            determiners
            name-particles
            military-ranks
            office-words
            delegation-heads
            apposition-endings
            apposition-blockers
            title-tails
            office-modifiers
            title-modifiers
            relative-verbs
            counterparts
            photo-captions
            name-lists
            organization-heads
            """)
    void everySectionIsRead(String concept) {
        for (String section : Lexicon.file(concept).sectionNames()) {
            assertTrue(Lexicon.read().contains(concept + "[" + section + "]"), concept + "[" + section + "]");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            May
            December
            Sunday
            """)
    void monthsAndWeekdaysAreStopWordsWithoutBeingRepeated(String word) {
        assertTrue(Lexicon.entries("person-stop-words", "words").stream().noneMatch(word::equalsIgnoreCase));
        assertTrue(NameBoundaries.stopWord(Annotated.tokens("It was " + word + "."), 2));
    }
}
