package org.parley.extract.person;

/**
 * What a role rule found about one name: the role (may be null when only the side is known),
 * the side, and the evidence tokens {@code [from, to)}. Immutable and thread-safe.
 *
 * @param role normalized role ("Foreign Minister"), or null
 * @param side the country or organization represented
 * @param from index of the evidence's first token
 * @param to   index after the evidence's last token
 */
public record RoleFact(String role, Side side, int from, int to) {

    /** @return the country represented, or null */
    public String country() {
        return side.country();
    }

    /** @return the organization represented, or null */
    public String affiliation() {
        return side.affiliation();
    }

    /**
     * @param code the country to state instead
     * @return this fact with another country, same affiliation
     */
    public RoleFact withCountry(String code) {
        return new RoleFact(role, new Side(code, side.affiliation()), from, to);
    }
}
