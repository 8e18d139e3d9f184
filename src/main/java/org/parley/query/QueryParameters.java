package org.parley.query;

import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;

/**
 * Puts values given by users into saved queries safely: each value is bound to a parameter
 * variable with {@link ParameterizedSparqlString}, which writes it as an escaped literal, never
 * by concatenating text. A saved query declares that it takes a name filter by using the variable
 * {@code ?nameFilter}, written so that it also works when left unbound, e.g.
 * {@code FILTER(CONTAINS(LCASE(?name), LCASE(COALESCE(?nameFilter, ""))))}. Stateless and
 * thread-safe.
 */
public final class QueryParameters {
    /** The parameter variable of the name filter, without {@code ?}. */
    public static final String NAME_FILTER = "nameFilter";
    private static final Pattern USES_NAME_FILTER = Pattern.compile("[?$]" + NAME_FILTER + "\\b");

    private QueryParameters() {
    }

    /**
     * @param query a saved query
     * @return true when it takes a name filter
     */
    public static boolean takesNameFilter(SavedQuery query) {
        return USES_NAME_FILTER.matcher(query.text()).find();
    }

    /**
     * Binds the name filter.
     *
     * @param query the saved query
     * @param name  the text names must contain (any characters)
     * @return the query with {@code ?nameFilter} bound to {@code name} as a string literal
     * @throws IllegalArgumentException naming the query when it takes no name filter
     */
    public static SavedQuery bindName(SavedQuery query, String name) {
        if (!takesNameFilter(query)) {
            throw new IllegalArgumentException(query.source() + ": this query takes no name filter (no ?" + NAME_FILTER
                    + " in it); --name works with queries that use ?" + NAME_FILTER + ", e.g. 'people'");
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query.text());
        pss.setLiteral(NAME_FILTER, name);
        return new SavedQuery(query.name(), query.question(), pss.toString(), query.source());
    }
}
