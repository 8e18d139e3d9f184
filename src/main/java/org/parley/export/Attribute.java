package org.parley.export;

import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.parley.rdf.Parley;
import org.parley.rdf.Wgs84;

/**
 * A node attribute of the property-graph exports: the literal (or, for a few, resource) values of
 * one predicate, under a short key with a value type graph tools understand. Immutable.
 *
 * @param key       the attribute's key in every format ({@code role}, {@code lat})
 * @param predicate the predicate whose values it holds
 * @param type      the value type
 * @param multi     whether a node may have several values (written as a list or joined)
 */
public record Attribute(String key, Property predicate, Type type, boolean multi) {

    /** Value types, with their names in GraphML/GEXF and neo4j-admin import headers. */
    public enum Type {
        /** Text. */
        STRING("string", "string"),
        /** Whole number. */
        LONG("long", "long"),
        /** Decimal number. */
        DOUBLE("double", "double"),
        /** ISO date ({@code yyyy-mm-dd}); a string in GraphML and GEXF. */
        DATE("string", "date");

        private final String xmlName;
        private final String neo4jName;

        Type(String xmlName, String neo4jName) {
            this.xmlName = xmlName;
            this.neo4jName = neo4jName;
        }

        /** @return the type name in GraphML {@code attr.type} and GEXF {@code type} */
        public String xmlName() {
            return xmlName;
        }

        /** @return the type name in a neo4j-admin import header */
        public String neo4jName() {
            return neo4jName;
        }
    }

    /** Key of a round's date: the preferred date the saved queries show, else the only (or earliest) one claimed. */
    public static final String DATE = "date";
    /** Key of the other dates sources claim for a round, present only where sources disagree. */
    public static final String DATE_CONFLICT = "dateConflict";

    /** The attributes every export knows, in output order. */
    public static final List<Attribute> ALL = List.of(
            new Attribute("names", Parley.NAME, Type.STRING, true),
            new Attribute("role", Parley.ROLE, Type.STRING, true),
            new Attribute(DATE, Parley.PREFERRED_DATE, Type.DATE, false),
            new Attribute(DATE_CONFLICT, Parley.DATE, Type.DATE, true),
            new Attribute("ordinal", Parley.ORDINAL, Type.LONG, false),
            new Attribute("outcome", Parley.OUTCOME, Type.STRING, true),
            new Attribute("status", Parley.STATUS, Type.STRING, false),
            new Attribute("lat", Wgs84.LAT, Type.DOUBLE, false),
            new Attribute("long", Wgs84.LONG, Type.DOUBLE, false),
            new Attribute("countryCode", Parley.COUNTRY_CODE, Type.STRING, false),
            new Attribute("population", Parley.POPULATION, Type.LONG, false),
            new Attribute("quote", Parley.QUOTE, Type.STRING, false),
            new Attribute("headline", Parley.HEADLINE, Type.STRING, false),
            new Attribute("url", Parley.URL, Type.STRING, false),
            new Attribute("published", Parley.PUBLISHED, Type.DATE, false),
            new Attribute("publisher", Parley.PUBLISHER, Type.STRING, false),
            new Attribute("sourceFile", Parley.SOURCE_FILE, Type.STRING, false),
            new Attribute("text", Parley.TEXT, Type.STRING, false),
            new Attribute("sentenceIndex", Parley.SENTENCE_INDEX, Type.LONG, false),
            new Attribute("start", Parley.START, Type.LONG, false),
            new Attribute("end", Parley.END, Type.LONG, false),
            new Attribute("mentionText", Parley.MENTION_TEXT, Type.STRING, false),
            new Attribute("confidence", Parley.CONFIDENCE, Type.DOUBLE, false),
            new Attribute("extractor", Parley.EXTRACTOR, Type.STRING, false),
            new Attribute("predicate", RDF.predicate, Type.STRING, false),
            new Attribute("object", RDF.object, Type.STRING, false));

    /**
     * @param key an attribute key
     * @return the attribute with that key
     * @throws IllegalArgumentException for an unknown key
     */
    public static Attribute byKey(String key) {
        for (Attribute a : ALL) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown attribute " + key);
    }
}
