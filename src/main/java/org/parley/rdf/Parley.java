package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Parley ontology ({@code ontology/parley.ttl}), the single source of the IRIs
 * Parley writes, plus the base IRIs of the resources it mints. Like Jena's {@code RDFS} class; a
 * test checks that every constant is declared in the ontology file. Thread-safe constants.
 */
public final class Parley {
    /** Namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/parley/ontology#";
    /** IRI of the ontology itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/parley/ontology";
    /** Base of the IRIs minted for articles, people, places, rounds... */
    public static final String ID = "https://w3id.org/parley/id/";
    /** Named graph holding the ontology in a store. */
    public static final String ONTOLOGY_GRAPH = ID + "graph/ontology";
    /** Named graph holding facts derived across articles (preferred names). */
    public static final String ENTITIES_GRAPH = ID + "graph/entities";

    /** {@code parley:Article}. */
    public static final Resource ARTICLE = resource("Article");
    /** {@code parley:Sentence}. */
    public static final Resource SENTENCE_CLASS = resource("Sentence");
    /** {@code parley:Evidence}. */
    public static final Resource EVIDENCE = resource("Evidence");
    /** {@code parley:Agent}. */
    public static final Resource AGENT = resource("Agent");
    /** {@code parley:Person}. */
    public static final Resource PERSON = resource("Person");
    /** {@code parley:Organization}. */
    public static final Resource ORGANIZATION = resource("Organization");
    /** {@code parley:Delegation}. */
    public static final Resource DELEGATION = resource("Delegation");
    /** {@code parley:Place}. */
    public static final Resource PLACE = resource("Place");
    /** {@code parley:Country}. */
    public static final Resource COUNTRY = resource("Country");
    /** {@code parley:Region}. */
    public static final Resource REGION = resource("Region");
    /** {@code parley:City}. */
    public static final Resource CITY = resource("City");
    /** {@code parley:Venue}. */
    public static final Resource VENUE = resource("Venue");
    /** {@code parley:NegotiationRound}. */
    public static final Resource NEGOTIATION_ROUND = resource("NegotiationRound");
    /** {@code parley:Statement}. */
    public static final Resource STATEMENT = resource("Statement");
    /** {@code parley:Topic}. */
    public static final Resource TOPIC_CLASS = resource("Topic");
    /** {@code parley:RoundStatus}. */
    public static final Resource ROUND_STATUS = resource("RoundStatus");
    /** {@code parley:Held}. */
    public static final Resource HELD = resource("Held");
    /** {@code parley:Announced}. */
    public static final Resource ANNOUNCED = resource("Announced");
    /** {@code parley:url}. */
    public static final Property URL = property("url");
    /** {@code parley:sourceFile}. */
    public static final Property SOURCE_FILE = property("sourceFile");
    /** {@code parley:contentHash}. */
    public static final Property CONTENT_HASH = property("contentHash");
    /** {@code parley:publisher}. */
    public static final Property PUBLISHER = property("publisher");
    /** {@code parley:published}. */
    public static final Property PUBLISHED = property("published");
    /** {@code parley:headline}. */
    public static final Property HEADLINE = property("headline");
    /** {@code parley:author}. */
    public static final Property AUTHOR = property("author");
    /** {@code parley:photographer}. */
    public static final Property PHOTOGRAPHER = property("photographer");
    /** {@code parley:inArticle}. */
    public static final Property IN_ARTICLE = property("inArticle");
    /** {@code parley:sentence}. */
    public static final Property SENTENCE = property("sentence");
    /** {@code parley:text}. */
    public static final Property TEXT = property("text");
    /** {@code parley:sentenceIndex}. */
    public static final Property SENTENCE_INDEX = property("sentenceIndex");
    /** {@code parley:start}. */
    public static final Property START = property("start");
    /** {@code parley:end}. */
    public static final Property END = property("end");
    /** {@code parley:mentionText}. */
    public static final Property MENTION_TEXT = property("mentionText");
    /** {@code parley:confidence}. */
    public static final Property CONFIDENCE = property("confidence");
    /** {@code parley:extractor}. */
    public static final Property EXTRACTOR = property("extractor");
    /** {@code parley:name}. */
    public static final Property NAME = property("name");
    /** {@code parley:preferredName}. */
    public static final Property PREFERRED_NAME = property("preferredName");
    /** {@code parley:preferredDate}. */
    public static final Property PREFERRED_DATE = property("preferredDate");
    /** {@code parley:role}. */
    public static final Property ROLE = property("role");
    /** {@code parley:affiliatedWith}. */
    public static final Property AFFILIATED_WITH = property("affiliatedWith");
    /** {@code parley:represents}. */
    public static final Property REPRESENTS = property("represents");
    /** {@code parley:headedBy}. */
    public static final Property HEADED_BY = property("headedBy");
    /** {@code parley:member}. */
    public static final Property MEMBER = property("member");
    /** {@code parley:takesPartIn}. */
    public static final Property TAKES_PART_IN = property("takesPartIn");
    /** {@code parley:heldIn}. */
    public static final Property HELD_IN = property("heldIn");
    /** {@code parley:date}. */
    public static final Property DATE = property("date");
    /** {@code parley:ordinal}. */
    public static final Property ORDINAL = property("ordinal");
    /** {@code parley:party}. */
    public static final Property PARTY = property("party");
    /** {@code parley:participant}. */
    public static final Property PARTICIPANT = property("participant");
    /** {@code parley:mediator}. */
    public static final Property MEDIATOR = property("mediator");
    /** {@code parley:outcome}. */
    public static final Property OUTCOME = property("outcome");
    /** {@code parley:topic}. */
    public static final Property TOPIC = property("topic");
    /** {@code parley:status}. */
    public static final Property STATUS = property("status");
    /** {@code parley:locatedIn}. */
    public static final Property LOCATED_IN = property("locatedIn");
    /** {@code parley:countryCode}. */
    public static final Property COUNTRY_CODE = property("countryCode");
    /** {@code parley:population}. */
    public static final Property POPULATION = property("population");
    /** {@code parley:speaker}. */
    public static final Property SPEAKER = property("speaker");
    /** {@code parley:quote}. */
    public static final Property QUOTE = property("quote");

    private Parley() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
