package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Layers;
import org.parley.article.RoundMention;

/** How round mentions are dated, placed and gathered into rounds. */
class RoundStageTest {

    private static List<RoundMention> rounds(String text, String published) {
        return FullPipeline.annotate(text, published).get(Layers.ROUNDS);
    }

    private static String place(RoundMention r) {
        return r.place() == null ? null : r.place().value().name();
    }

    @Test
    void bodyDateReplacesAHeadlineDateOfAnotherEvent() {
        List<RoundMention> rs = rounds("Deal reached in Vienna - final answer from Tehran on May 9th\n\n"
                + "Both delegations initialled an agreement at the fifth round of the dialogue in Vienna. "
                + "The EU envoy said on Friday the talks had been completed.", "2024-05-05");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals(LocalDate.of(2024, 5, 3), rs.get(0).date().value());
        assertEquals(5, rs.get(0).ordinal().value());
    }

    @Test
    void previousMeetingWithItsOwnDateIsASeparateRound() {
        List<RoundMention> rs = rounds("GENEVA, October 10. A meeting of the working group has started in Geneva. "
                + "\"The agreement was reached at the previous meeting in Geneva on October 2, and it held,\" "
                + "the Swiss envoy said.", "2024-10-10");
        assertEquals(2, rs.size(), rs.toString());
        assertTrue(rs.stream().anyMatch(r -> r.date() != null && r.date().value().equals(LocalDate.of(2024, 10, 10))));
        assertTrue(rs.stream().anyMatch(r -> r.date() != null && r.date().value().equals(LocalDate.of(2024, 10, 2))));
    }

    @Test
    void initiallingDateAfterALongAgentPhraseIsItsOwnRound() {
        List<RoundMention> rs = rounds("Caucasus treaty signed\n\n"
                + "Armenia and Azerbaijan signed the peace treaty in Abu Dhabi on March 3. "
                + "The envoy said the border annex is part of the treaty, which was initialled by the Armenian and "
                + "Azerbaijani expert groups on February 20.", "2024-03-04");
        assertEquals(2, rs.size(), rs.toString());
        RoundMention initialled = rs.stream().filter(r -> r.date() != null
                && r.date().value().equals(LocalDate.of(2024, 2, 20))).findFirst().orElseThrow();
        assertNull(initialled.place());
    }

    @Test
    void sequenceOfMeetingsInOneSentenceGivesOneRoundEach() {
        List<RoundMention> rs = rounds("Truce agreed\n\nThe envoy said the truce will be followed by a meeting of "
                + "the two army chiefs in Nairobi on March 9, which will be followed by a meeting of the joint "
                + "border commission on March 20 to be hosted by Uganda.", "2024-03-04");
        assertEquals(2, rs.size(), rs.toString());
        assertEquals(LocalDate.of(2024, 3, 9), rs.get(0).date().value());
        assertEquals("Nairobi", place(rs.get(0)));
        assertEquals(LocalDate.of(2024, 3, 20), rs.get(1).date().value());
        assertTrue(rs.get(1).announced());
    }

    @Test
    void meetingHostedByACountryWithNoOtherPlaceIsHeldThere() {
        List<RoundMention> rs = rounds("Border talks resume\n\nThe border commission of Sudan and South Sudan "
                + "met on Tuesday in a session hosted by Ethiopia.", "2024-03-07");
        assertEquals("Ethiopia", place(rs.get(0)));
        assertEquals("Ethiopia", rs.get(0).mediators().get(0).value().label());
    }

    @Test
    void hostCountryDoesNotReplaceANamedCity() {
        List<RoundMention> rs = rounds("Border talks resume\n\nThe border commission of Sudan and South Sudan "
                + "met in Addis Ababa on Tuesday in a session hosted by Kenya.", "2024-03-07");
        assertEquals("Addis Ababa", place(rs.get(0)));
    }

    @Test
    void roundThatEndedLastWeekIsAnEarlierRound() {
        List<RoundMention> rs = rounds("Fishing accord signed\n\nNorway and Iceland signed the fishing accord in "
                + "Reykjavik. The first round of talks among the coast guard delegations of both countries concluded "
                + "last week with a deal on quotas.", "2024-03-07");
        assertEquals(2, rs.size(), rs.toString());
        assertEquals("Reykjavik", place(rs.get(0)));
        assertNull(rs.get(0).ordinal());
        assertEquals(1, rs.get(1).ordinal().value());
        assertNull(rs.get(1).place());
    }

    @Test
    void lastDayDoesNotSplitARound() {
        List<RoundMention> rs = rounds("Talks on Libya open in Tunis on Monday. The talks between Libya and Egypt "
                + "are scheduled to complete on March 6 at noon.", "2024-03-04");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals(LocalDate.of(2024, 3, 4), rs.get(0).date().value());
    }

    @Test
    void startDateAfterALongPlacePhrase() {
        List<RoundMention> rs = rounds("Talks between Armenia and Azerbaijan that began in the Swiss lakeside city of "
                + "Geneva on May 2nd ended without a deal on Friday.", "2024-05-10");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("Geneva", place(rs.get(0)));
        assertEquals(LocalDate.of(2024, 5, 2), rs.get(0).date().value());
    }

    @Test
    void capitalsJoinedByAHyphenAreSidesNotVenues() {
        List<RoundMention> rs = rounds("The third round of the Athens-Ankara dialogue was held in Brussels on Tuesday.",
                "2024-05-10");
        assertEquals("Brussels", place(rs.get(0)));
    }

    @Test
    void placeOfAnotherNounInTheSubjectClauseIsNotTheVenue() {
        List<RoundMention> rs = rounds("The talks opened in Geneva on Monday. "
                + "Discussions aimed at reopening the common border crossing points and the transit area in Albania "
                + "will also begin.", "2024-05-06");
        assertTrue(rs.stream().noneMatch(r -> "Albania".equals(place(r))), rs.toString());
    }

    @Test
    void placelessMentionJoinsTheSameDayRoundWithAPlace() {
        List<RoundMention> rs = rounds("The negotiating teams held a closed meeting on Saturday. "
                + "Officials said the mood was calm. Prices rose. "
                + "The talks opened in Nairobi on Saturday at a ceremony attended by diplomats from Kenya and Sudan.",
                "2024-05-06");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals("Nairobi", place(rs.get(0)));
    }

    @Test
    void durationOfRoundUnderWayIsNotAnAnnouncement() {
        List<RoundMention> rs = rounds("Peace talks between Sudan and South Sudan opened in Addis Ababa on Thursday. "
                + "The talks, held at the Sheraton Hotel, are expected to last for about a week.", "2024-05-03");
        assertEquals(1, rs.size(), rs.toString());
        assertFalse(rs.get(0).announced());
    }

    @Test
    void underWayRoundIsDatedToPublication() {
        List<RoundMention> rs = rounds("A meeting of the contact group has started in the Belarusian capital Minsk.",
                "2024-09-19");
        assertEquals(1, rs.size(), rs.toString());
        assertNotNull(rs.get(0).date());
        assertEquals(LocalDate.of(2024, 9, 19), rs.get(0).date().value());
    }

    @Test
    void gerundBeforeACountryIsNotALocativeCue() {
        List<RoundMention> rs = rounds("Marathon talks aimed at ending Moldova's long conflict ended early Friday "
                + "without a deal.", "2024-05-10");
        assertTrue(rs.stream().noneMatch(r -> "Moldova".equals(place(r))), rs.toString());
        assertNull(rs.isEmpty() ? null : rs.get(0).place());
    }

    @Test
    void theOneDayOfTheSentenceDatesARoundWithAPlace() {
        List<RoundMention> rs = rounds("After two days of discussions at the Palais des Nations in Geneva, officials of "
                + "both sides announced on Tuesday, June 4, 2024, a new framework agreement.", "2024-06-05");
        assertEquals(1, rs.size(), rs.toString());
        assertEquals(LocalDate.of(2024, 6, 4), rs.get(0).date().value());
    }

    @Test
    void aSentenceDateAloneDoesNotMakeARound() {
        List<RoundMention> rs = rounds("Prices rose. Negotiators said on Tuesday, June 4, 2024, after a long and "
                + "tiring week of travel across the whole region, that the discussions were useful.", "2024-06-05");
        assertTrue(rs.isEmpty(), rs.toString());
    }

    @Test
    void pluralAgreementsReachedMarkAnEarlierRound() {
        List<RoundMention> rs = rounds("Trade talks opened in Madrid on Monday. Tariffs remain a key issue since "
                + "temporary agreements were reached in Lisbon last month.", "2024-06-05");
        assertTrue(rs.stream().anyMatch(r -> "Lisbon".equals(place(r))), rs.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Peace talks in Kenya|Government and rebel delegations met on Monday for peace talks in Kenya. The rebel envoys arrived in Nairobi, Kenya's capital, on Sunday.|Nairobi
            Peace talks in Kenya|Government and rebel delegations met on Monday for peace talks in Kenya. The meeting in Kenya's capital Nairobi marks a shift.|Nairobi
            Peace talks in Kenya|Government and rebel delegations met on Monday for peace talks in Kenya. Envoys flew between Nairobi and Mombasa.|Kenya
            Peace talks in Kenya|Government and rebel delegations met on Monday for peace talks in Kenya. Nairobi said the rebels had stalled.|Kenya
            Peace talks in Kenya|Government and rebel delegations met on Monday for peace talks in Kenya. The rebels had fled to Kampala.|Kenya
            """)
    void roundInACountryTakesTheOneCityOfItTheArticleNames(String headline, String body, String expected) {
        List<RoundMention> rs = rounds(headline + "\n\n" + body, "2024-06-05");
        assertEquals(expected, rs.isEmpty() ? null : place(rs.get(0)), rs.toString());
    }
}
