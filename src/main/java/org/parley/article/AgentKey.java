package org.parley.article;

import java.util.Objects;
import org.parley.rdf.Iris;

/**
 * The identity of an agent that can act: a country by its ISO code, or an organization or
 * non-state side by the slug of its name. Two mentions with equal keys are the same agent.
 *
 * <p>The string form ({@link #toString()}) is {@code "country:RU"} or
 * {@code "org:united-nations"}, the form place keys of countries share. Immutable and thread-safe.
 *
 * @param kind country or organization
 * @param id   ISO 3166-1 alpha-2 code for a country, name slug for an organization
 */
public record AgentKey(AgentRef.Kind kind, String id) {

    /** Validates the parts. */
    public AgentKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /**
     * @param code ISO code ("RU")
     * @return the country's key
     */
    public static AgentKey country(String code) {
        return new AgentKey(AgentRef.Kind.COUNTRY, code);
    }

    /**
     * @param name the organization's or side's name ("United Nations")
     * @return its key, the name slugged ("united-nations")
     */
    public static AgentKey organization(String name) {
        return new AgentKey(AgentRef.Kind.ORGANIZATION, Iris.slug(name));
    }

    /** @return true for a country */
    public boolean isCountry() {
        return kind == AgentRef.Kind.COUNTRY;
    }

    @Override
    public String toString() {
        return (isCountry() ? "country:" : "org:") + id;
    }
}
