package org.parley.extract.round;

import java.time.LocalDate;
import java.util.List;
import org.parley.article.Evidenced;
import org.parley.article.Place;
import org.parley.article.PlaceMention;

/**
 * The dateline's place for the day's news: when the article's first round names no place, is held
 * (not announced), is dated by its own words (not only by the sentence's lone date) on the
 * publication day or the day before, and no other round is at the dateline's city ("VALLETTA,
 * Malta -- The two leaders signed the accord Monday"), the city of the dateline is its place,
 * weakly. A dateline that names only a country places nothing.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelinePlace {
    /** The dateline's city as the place of the day's round, which the text does not place. */
    static final double DATELINE_CITY = 0.5;
    /** A round this many days before publication is still the day's news. */
    private static final int DAYS_BEFORE = 1;

    private DatelinePlace() {
    }

    /**
     * @param rounds    the article's rounds, in article order
     * @param dateline  the dateline's place, or null
     * @param published the publication date, or null
     */
    public static void apply(List<RoundDraft> rounds, PlaceMention dateline, LocalDate published) {
        if (rounds.isEmpty() || dateline == null || published == null || dateline.place().kind() != Place.Kind.CITY) {
            return;
        }
        RoundDraft first = rounds.get(0);
        if (!first.places.isEmpty() || first.date == null || first.previous || first.announced
                || first.date.confidence() <= DateRule.SENTENCE_DATE || placedThere(rounds, dateline.place())) {
            return;
        }
        LocalDate d = first.date.value();
        if (!d.isAfter(published) && !d.isBefore(published.minusDays(DAYS_BEFORE))) {
            first.places.add(new Evidenced<>(dateline.place(), dateline.span(), DATELINE_CITY));
        }
    }

    private static boolean placedThere(List<RoundDraft> rounds, Place city) {
        return rounds.stream().map(RoundDraft::mainPlace)
                .anyMatch(p -> p != null && p.value().name().equals(city.name()));
    }
}
