package org.parley.article;

import java.time.LocalDate;
import java.util.List;

/**
 * One negotiation round as one article reports it, gathered from all the sentences that speak
 * of it. Every attribute keeps its evidence span.
 *
 * @param spans        trigger phrases ("second round of peace negotiations", "the talks")
 * @param label        short readable description built from the attributes
 * @param ordinal      the round's number, or null
 * @param date         the day, or null
 * @param place        the most specific place, or null
 * @param places       every place the round is said to be in (venue, city, region, country)
 * @param parties      the negotiating sides
 * @param mediators    countries or organizations mediating, facilitating or hosting
 * @param mediatorPersons people mediating or facilitating (full names)
 * @param participants people taking part (full names)
 * @param outcomes     outcomes as phrased ("no breakthrough")
 * @param topics       topics ("ceasefire", "humanitarian corridors")
 * @param announced    true when the round had not taken place at publication
 */
public record RoundMention(List<Span> spans, String label, Evidenced<Integer> ordinal,
                           Evidenced<LocalDate> date, Evidenced<Place> place, List<Evidenced<Place>> places,
                           List<Evidenced<AgentRef>> parties, List<Evidenced<AgentRef>> mediators,
                           List<Evidenced<String>> mediatorPersons, List<Evidenced<String>> participants,
                           List<Evidenced<String>> outcomes, List<Evidenced<String>> topics,
                           boolean announced) {
}
