package org.parley.extract.gazetteer;

import java.util.Optional;

/**
 * The offices listed in the office-holders gazetteer, with the label used in its files.
 * Immutable and thread-safe.
 */
public enum Office {
    /** President, monarch, governor-general's principal, or collective head of state. */
    HEAD_OF_STATE("head of state"),
    /** Prime minister, chancellor, premier or equivalent. */
    HEAD_OF_GOVERNMENT("head of government"),
    /** Minister of foreign affairs (Secretary of State in the United States). */
    FOREIGN_MINISTER("foreign minister"),
    /** Minister of defence (Secretary of Defense in the United States). */
    DEFENCE_MINISTER("defence minister");

    private final String label;

    Office(String label) {
        this.label = label;
    }

    /** @return the label as written in the data files ("head of state") */
    public String label() {
        return label;
    }

    /**
     * @param label a label as written in the data files
     * @return the office, or empty when the label is not one of the four
     */
    public static Optional<Office> fromLabel(String label) {
        for (Office o : values()) {
            if (o.label.equals(label)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
