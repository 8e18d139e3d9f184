package org.parley.extract.person;

import org.parley.article.AgentRef;

/**
 * The side a person speaks for: a country, or an organization that is not a country
 * ("United Nations"). Either may be null. Immutable and thread-safe.
 *
 * @param country     ISO country code, or null
 * @param affiliation canonical name of an organization, or null
 */
public record Side(String country, String affiliation) {
    /** No side known. */
    public static final Side NONE = new Side(null, null);

    /**
     * @param agent a country or organization mention
     * @return its country, or else its organization
     */
    public static Side of(AgentRef agent) {
        return agent.kind() == AgentRef.Kind.COUNTRY ? new Side(agent.countryCode(), null)
                : new Side(null, agent.label());
    }

    /**
     * @param code an ISO country code
     * @return the side of that country
     */
    public static Side country(String code) {
        return new Side(code, null);
    }
}
