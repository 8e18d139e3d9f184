package org.parley.extract.gazetteer;

import java.time.LocalDate;
import java.util.List;

/**
 * One term of one person in one office, as listed in the office-holders gazetteer.
 *
 * <p>Years are whole calendar years: a term listed 2017–2021 covers every date of 2017 to 2021,
 * so in a changeover year both the outgoing and the incoming holder match. Immutable and
 * thread-safe.
 *
 * @param countryCode ISO 3166-1 alpha-2 code of the country ("US", "XK" for Kosovo)
 * @param office      the office held
 * @param name        the usual English press spelling of the person's name
 * @param aliases     other common spellings and transliterations, possibly empty
 * @param from        first year in office
 * @param to          last year in office, or {@link #IN_OFFICE} while in office as of 2025
 */
public record OfficeTerm(String countryCode, Office office, String name, List<String> aliases, int from, int to) {

    /** Value of {@link #to()} for a term still running at the time the list was compiled. */
    public static final int IN_OFFICE = Integer.MAX_VALUE;

    /** Copies the alias list. */
    public OfficeTerm {
        aliases = List.copyOf(aliases);
    }

    /** @return true when the term is still running as of the list's compilation (2025) */
    public boolean inOffice() {
        return to == IN_OFFICE;
    }

    /**
     * @param date a date, or null for any date
     * @return true when the date's year lies within the term's years (or the date is null)
     */
    public boolean covers(LocalDate date) {
        return date == null || (date.getYear() >= from && date.getYear() <= to);
    }
}
