package org.parley.query;

import java.util.Locale;

/**
 * Output formats of {@code parley query}: Jena's text table, or the W3C SPARQL results formats
 * (CSV, TSV, JSON). Thread-safe constants.
 */
public enum ResultFormat {
    /** Jena's text table. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results TSV. */
    TSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON;

    /** @return the lower-case name used on the command line */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
