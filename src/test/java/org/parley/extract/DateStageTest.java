package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.DateMention;
import org.parley.article.Layers;

class DateStageTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2023, 4, 5);

    private static List<DateMention> dates(String text, LocalDate published) {
        return Fixtures.run(text, published, new DateStage()).get(Layers.DATES);
    }

    private static List<String> described(List<DateMention> dates) {
        return dates.stream().map(d -> d.text() + "=" + d.date() + (d.relative() ? " rel" : "")).toList();
    }

    @Test
    void readsAbsoluteDatesInCommonNewsFormats() {
        String text = "The envoys met on Feb. 28, 2022 and on February 27, 2022. They met again on 26 February 2022, "
                + "on Monday, Feb. 21, 2022, on Fri 7 Jul 2017, on 2022-03-02, on 21.04.2013 and on 11/18/2012.";
        assertEquals(List.of("Feb. 28, 2022=2022-02-28", "February 27, 2022=2022-02-27", "26 February 2022=2022-02-26",
                        "Monday, Feb. 21, 2022=2022-02-21", "Fri 7 Jul 2017=2017-07-07", "2022-03-02=2022-03-02",
                        "21.04.2013=2013-04-21", "11/18/2012=2012-11-18"),
                described(dates(text, null)));
    }

    @Test
    void givesYearlessDatesTheYearNearestPublication() {
        String text = "The truce signed on December 29 holds. Talks will resume on Sept. 19 and on 5 January.";
        assertEquals(List.of("December 29=2022-12-29", "Sept. 19=2023-09-19", "5 January=2023-01-05", "Sept. 9=2022-09-09"),
                described(dates(text + " Rockets fell on Sept. 9.", LocalDate.of(2023, 1, 3))));
    }

    @Test
    void pastTenseKeepsAYearlessDateOutOfTheFarFuture() {
        String text = "The accord was signed on November 20 in Valletta.";
        assertEquals(List.of("November 20=2022-11-20"), described(dates(text, LocalDate.of(2023, 5, 10))));
    }

    @Test
    void takesTheStartOfARange() {
        String text = "Talks were held June 15-18 and again 20-22 June.";
        assertEquals(List.of("June 15-18=2023-06-15", "20-22 June=2023-06-20"),
                described(dates(text, LocalDate.of(2023, 6, 30))));
    }

    @Test
    void resolvesWeekdaysToThePastUnlessTheSentenceIsFuture() {
        String text = "The envoys met on Monday. They will meet again Friday. Monday's session was short. "
                + "The ministers are meeting Thursday. The talks are set to resume on Tuesday, officials said.";
        assertEquals(List.of("Monday=2023-04-03 rel", "Friday=2023-04-07 rel", "Monday=2023-04-03 rel",
                        "Thursday=2023-04-06 rel", "Tuesday=2023-04-11 rel"),
                described(dates(text, WEDNESDAY)));
    }

    @Test
    void sameWeekdayNamedAgainIsTheSameDay() {
        String text = "The ministers will sign the accord on Friday. The signing is planned for the morning. "
                + "Aides who had drafted it for months said Friday's ceremony would be short. "
                + "They are flying in on Friday.";
        assertEquals(List.of("Friday=2023-04-07 rel", "Friday=2023-04-07 rel", "Friday=2023-04-07 rel"),
                described(dates(text, WEDNESDAY)));
    }

    @Test
    void weekdayOfPublicationIsThePublicationDay() {
        assertEquals(List.of("Wednesday=2023-04-05 rel", "Wednesday=2023-04-05 rel"),
                described(dates("Talks began Wednesday. They will end Wednesday.", WEDNESDAY)));
    }

    @Test
    void lastWeekdayIsInThePreviousCalendarWeek() {
        assertEquals(List.of("last Sunday=2023-04-02 rel", "last Thursday=2023-03-30 rel"),
                described(dates("They met last Sunday and last Thursday.", WEDNESDAY)));
        assertEquals(List.of("last Sunday=2023-04-02 rel"),
                described(dates("They met last Sunday.", LocalDate.of(2023, 4, 9))));
    }

    @Test
    void nextWeekdayIsAfterPublication() {
        assertEquals(List.of("next Wednesday=2023-04-12 rel"), described(dates("They meet next Wednesday.", WEDNESDAY)));
    }

    @Test
    void resolvesYesterdayTodayAndTomorrow() {
        assertEquals(List.of("yesterday=2023-04-04 rel", "today=2023-04-05 rel", "tomorrow=2023-04-06 rel"),
                described(dates("Fighting stopped yesterday; talks open today and close tomorrow.", WEDNESDAY)));
    }

    @Test
    void givesNoRelativeDateWithoutPublicationDate() {
        assertEquals(List.of(), dates("The envoys met on Monday and will meet again tomorrow.", null));
    }

    @Test
    void ignoresNumbersThatAreNoDatesAndVagueExpressions() {
        String text = "About 660,000 people fled. The meeting ended at 5 a.m. and 11 people were hurt in 2022. "
                + "Talks were held last month and this week; Good Friday Agreement partners met every Sunday.";
        assertEquals(List.of(), dates(text, WEDNESDAY));
    }

    @Test
    void ambiguousSlashedDateTakesTheReadingNearestPublication() {
        assertEquals(List.of("04/03/2023=2023-04-03"), described(dates("Signed 04/03/2023.", WEDNESDAY)));
        assertEquals(List.of(), dates("Signed 04/03/2023.", null));
    }

    @Test
    void findsPublicationDateInPostedStamp() {
        Article a = Fixtures.run("Envoys Meet\nPosted Apr 5, 2023 6:48 AM CDT\nUpdated Apr 6, 2023 1:05 PM CDT\n"
                + "The envoys met on Monday.", null, new DateStage());
        assertEquals(WEDNESDAY, published(a));
        assertEquals(LocalDate.of(2023, 4, 3), a.get(Layers.DATES).get(2).date());
    }

    @Test
    void findsPublicationDateInDatelineTakingTheYearFromTheText() {
        Article a = Fixtures.run("Envoys Meet\nThe port, Valletta, April 4, 2023.\n"
                + "VALLETTA, Malta, April 5 (Harbour News) - The envoys met on Monday.", null, new DateStage());
        assertEquals(WEDNESDAY, published(a));
    }

    @Test
    void datelineWithoutAnyYearGivesNoPublicationDate() {
        Article a = Fixtures.run("Envoys Meet\nVALLETTA, April 5. /HNA/. The envoys met on Monday.", null, new DateStage());
        assertNull(published(a));
        assertEquals(List.of(), a.get(Layers.DATES).stream().filter(DateMention::relative).toList());
    }

    @Test
    void findsPublicationDateInStampLineAndKeepsMetadataFirst() {
        assertEquals(WEDNESDAY, published(Fixtures.run("Envoys Meet\nWednesday, April 5, 2023\nThe envoys met.", null,
                new DateStage())));
        assertEquals(WEDNESDAY, DateStage.publicationDate("Envoys Meet\nSource: HNA | Wednesday, 05.04.2023.| 11:21\n", null));
        assertEquals(LocalDate.of(2023, 4, 1), published(Fixtures.run("Envoys Meet\nWednesday, April 5, 2023\nThe envoys met.",
                LocalDate.of(2023, 4, 1), new DateStage())));
        assertNull(DateStage.publicationDate("Talks Set for April 5, 2023 in Valletta After Long Delay Over Venue\n", null));
    }

    @Test
    void findsPublicationDateInUrlWhenTheTextHasNone() {
        Article a = Fixtures.article("Envoys Meet\nThe envoys met.",
                null);
        a.metadata(new ArticleMetadata("https://news.example/world/2023/04/05/envoys-meet", null, null, null));
        assertEquals(WEDNESDAY, DateStage.publicationDate(a.text(), a.metadata().url()));
    }

    private static LocalDate published(Article a) {
        return a.get(Layers.PUBLICATION_DATE).stream().findFirst().orElse(null);
    }
}
