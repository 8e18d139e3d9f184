package org.parley.article;

/**
 * A mention of a country or organization that can act: a party, mediator or affiliation. Comes
 * from country names ("Russia"), demonyms ("Russian"), capitals used as actors ("Moscow said"),
 * institutions ("the Kremlin") and organization names ("the United Nations").
 *
 * @param span  characters of the mention
 * @param text  the mention as written
 * @param key   canonical key: a country's code or an organization's name slug
 * @param label display name ("Russia", "United Nations")
 * @param kind  country or organization
 * @param form  how it was written
 */
public record AgentRef(Span span, String text, AgentKey key, String label, Kind kind, Form form) {

    /**
     * A country mention.
     *
     * @param span  characters of the mention
     * @param text  the mention as written
     * @param code  the country's ISO code
     * @param label the country's display name
     * @param form  how it was written
     * @return the reference
     */
    public static AgentRef country(Span span, String text, String code, String label, Form form) {
        return new AgentRef(span, text, AgentKey.country(code), label, Kind.COUNTRY, form);
    }

    /**
     * An organization or non-state side.
     *
     * @param span  characters of the mention
     * @param text  the mention as written
     * @param name  its canonical name, also its display name
     * @param form  how it was written
     * @return the reference
     */
    public static AgentRef organization(Span span, String text, String name, Form form) {
        return new AgentRef(span, text, AgentKey.organization(name), name, Kind.ORGANIZATION, form);
    }

    /** Kinds of agents. */
    public enum Kind {
        /** A state. */
        COUNTRY,
        /** An organization or non-state side. */
        ORGANIZATION
    }

    /** How the agent was written. */
    public enum Form {
        /** Its name as a noun. */
        NAME,
        /** A demonym or adjective ("Russian"). */
        DEMONYM,
        /** A capital standing for the government ("Moscow said"). */
        CAPITAL,
        /** An institution standing for it ("the Kremlin"). */
        INSTITUTION
    }

    /** @return the ISO code when this is a country, else null */
    public String countryCode() {
        return kind == Kind.COUNTRY ? key.id() : null;
    }
}
