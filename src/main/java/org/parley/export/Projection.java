package org.parley.export;

import java.util.Locale;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.parley.rdf.Parley;

/**
 * Which resources an export turns into nodes: the negotiation entities only, or those plus the
 * articles, quotes, sentences and evidence they were extracted from. Immutable.
 */
public enum Projection {
    /** People, delegations, rounds, places, countries, organizations and topics. */
    ENTITIES(Set.of(Parley.PERSON, Parley.ORGANIZATION, Parley.DELEGATION, Parley.NEGOTIATION_ROUND,
            Parley.PLACE, Parley.COUNTRY, Parley.REGION, Parley.CITY, Parley.VENUE, Parley.AGENT,
            Parley.TOPIC_CLASS)),
    /** The entities plus articles, statements, sentences and evidence. */
    FULL(Set.of(Parley.PERSON, Parley.ORGANIZATION, Parley.DELEGATION, Parley.NEGOTIATION_ROUND,
            Parley.PLACE, Parley.COUNTRY, Parley.REGION, Parley.CITY, Parley.VENUE, Parley.AGENT,
            Parley.TOPIC_CLASS, Parley.ARTICLE, Parley.STATEMENT, Parley.SENTENCE_CLASS, Parley.EVIDENCE));

    private final Set<Resource> classes;

    Projection(Set<Resource> classes) {
        this.classes = classes;
    }

    /** @return the parley classes whose instances become nodes */
    public Set<Resource> classes() {
        return classes;
    }

    /**
     * Parses a command-line value.
     *
     * @param value {@code entities} or {@code full}, any case
     * @return the projection
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Projection parse(String value) {
        for (Projection p : values()) {
            if (p.name().equalsIgnoreCase(value.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("--projection " + value + ": expected entities or full");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
