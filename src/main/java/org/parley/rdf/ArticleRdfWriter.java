package org.parley.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.article.AgentKey;
import org.parley.article.AgentRef;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Credit;
import org.parley.article.DelegationMention;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Quote;
import org.parley.article.RoundMention;
import org.parley.article.Sentence;
import org.parley.article.Span;
import org.parley.extract.gazetteer.Gazetteers;
import org.parley.nlp.Pipeline;
import org.parley.resolve.Keys;

/**
 * Runs the extraction pipeline on an article and writes its named graph: the article's metadata,
 * and for every fact the triple plus one {@code parley:Evidence} node (reified subject, predicate,
 * object; the sentence of the fact's strongest mention in the article, with text and offsets; the
 * exact words; a confidence; the stage that found it). Entities get IRIs from {@link Keys}, so the same person, place or round
 * in two articles is one resource.
 *
 * <p>Not thread-safe (owns a pipeline); one per worker thread.
 */
final class ArticleRdfWriter implements ArticleConverter {
    private static final String GEONAMES = "https://sws.geonames.org/";
    private final Pipeline pipeline;
    private final Gazetteers gaz = Gazetteers.get();

    ArticleRdfWriter(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public ArticleGraph convert(Article article) {
        pipeline.process(article);
        return new Writer(article).write();
    }

    /** Writes one article; holds the per-article state. */
    private final class Writer {
        private final Article article;
        private final Graph g = GraphFactory.createDefaultGraph();
        private final Node articleNode;
        private final List<Sentence> sentences;
        private final Map<Integer, Node> sentenceNodes = new HashMap<>();
        private final Map<Triple, Mention> evidence = new LinkedHashMap<>();

        Writer(Article article) {
            this.article = article;
            this.articleNode = uri(Iris.article(article.id()));
            this.sentences = article.get(Layers.SENTENCES);
        }

        ArticleGraph write() {
            writeArticle();
            Map<String, PersonMention> people = new LinkedHashMap<>();
            for (PersonMention p : article.get(Layers.PERSONS)) {
                writePerson(p);
                people.putIfAbsent(p.name(), p);
            }
            for (PlaceMention p : article.get(Layers.PLACES)) {
                Node place = writePlace(p.place());
                fact(place, Parley.NAME, lit(p.place().name()), p.span(), p.confidence(), "PlaceStage");
            }
            for (AgentRef a : article.get(Layers.AGENTS)) {
                if (a.kind() == AgentRef.Kind.ORGANIZATION) {
                    Node org = uri(Keys.agent(a.key()));
                    add(org, RDF.type.asNode(), Parley.ORGANIZATION.asNode());
                    fact(org, Parley.NAME, lit(a.label()), a.span(), 0.8, "PlaceStage");
                }
            }
            List<String> roundIris = new ArrayList<>();
            for (RoundMention r : article.get(Layers.ROUNDS)) {
                roundIris.add(writeRound(r));
            }
            for (DelegationMention d : article.get(Layers.DELEGATIONS)) {
                writeDelegation(d, roundIris);
            }
            for (Quote q : article.get(Layers.QUOTES)) {
                writeQuote(q);
            }
            writeEvidence();
            return new ArticleGraph(article.id(), articleNode, g);
        }

        private void writeArticle() {
            add(articleNode, RDF.type.asNode(), Parley.ARTICLE.asNode());
            add(articleNode, Parley.SOURCE_FILE.asNode(), lit(article.source()));
            ArticleMetadata m = article.metadata();
            if (m.url() != null) {
                add(articleNode, Parley.URL.asNode(), NodeFactory.createLiteralDT(m.url(), XSDDatatype.XSDanyURI));
            }
            java.time.LocalDate published = article.has(Layers.PUBLICATION_DATE)
                    ? article.get(Layers.PUBLICATION_DATE).stream().findFirst().orElse(null) : m.published();
            if (published != null) {
                add(articleNode, Parley.PUBLISHED.asNode(), date(published));
            }
            if (m.publisher() != null) {
                add(articleNode, Parley.PUBLISHER.asNode(), lit(m.publisher()));
            }
            String headline = m.title() != null ? m.title() : firstLine();
            if (headline != null) {
                add(articleNode, Parley.HEADLINE.asNode(), lit(headline));
            }
            for (Credit c : article.get(Layers.CREDITS)) {
                Node person = uri(Keys.person(c.name()));
                add(person, RDF.type.asNode(), Parley.PERSON.asNode());
                fact(person, Parley.NAME, lit(c.name()), c.span(), 0.8, "CreditStage");
                fact(articleNode, c.kind() == Credit.Kind.AUTHOR ? Parley.AUTHOR : Parley.PHOTOGRAPHER, person,
                        c.span(), 0.8, "CreditStage");
            }
        }

        private String firstLine() {
            for (Sentence s : sentences) {
                String t = article.text(s.span()).trim();
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return null;
        }

        private void writePerson(PersonMention p) {
            Node person = uri(Keys.person(p.name()));
            add(person, RDF.type.asNode(), Parley.PERSON.asNode());
            if (p.text().equals(p.name()) || p.name().endsWith(p.text())) {
                fact(person, Parley.NAME, lit(p.name()), p.span(), p.confidence(), "PersonStage");
            }
            if (p.role() != null) {
                fact(person, Parley.ROLE, lit(p.role()), p.span(), p.confidence(), "PersonStage");
            }
            if (p.countryCode() != null) {
                fact(person, Parley.AFFILIATED_WITH, writeCountry(p.countryCode()), p.span(), p.confidence(),
                        "PersonStage");
            }
            if (p.affiliation() != null) {
                Node org = uri(Keys.organization(p.affiliation()));
                add(org, RDF.type.asNode(), Parley.ORGANIZATION.asNode());
                add(org, Parley.NAME.asNode(), lit(p.affiliation()));
                fact(person, Parley.AFFILIATED_WITH, org, p.span(), p.confidence(), "PersonStage");
            }
        }

        private Node writeCountry(String code) {
            Node c = uri(Keys.country(code));
            add(c, RDF.type.asNode(), Parley.COUNTRY.asNode());
            add(c, Parley.COUNTRY_CODE.asNode(), lit(code));
            gaz.countries().byCode(code).ifPresent(country -> {
                add(c, Parley.NAME.asNode(), lit(country.name()));
                if (country.geonamesId() != null) {
                    add(c, OWL.sameAs.asNode(), uri(GEONAMES + country.geonamesId() + "/"));
                }
            });
            return c;
        }

        private Node writePlace(Place p) {
            if (p.kind() == Place.Kind.COUNTRY) {
                return writeCountry(p.countryCode());
            }
            Node node = uri(Keys.place(p));
            add(node, RDF.type.asNode(), switch (p.kind()) {
                case CITY -> Parley.CITY.asNode();
                case REGION -> Parley.REGION.asNode();
                default -> Parley.VENUE.asNode();
            });
            add(node, Parley.NAME.asNode(), lit(p.name()));
            if (p.lat() != null && p.lon() != null) {
                add(node, Wgs84.LAT.asNode(), decimal(p.lat()));
                add(node, Wgs84.LONG.asNode(), decimal(p.lon()));
            }
            if (p.geonamesId() != null) {
                add(node, OWL.sameAs.asNode(), uri(GEONAMES + p.geonamesId() + "/"));
            }
            if (p.countryCode() != null) {
                add(node, Parley.LOCATED_IN.asNode(), writeCountry(p.countryCode()));
            }
            return node;
        }

        private Node writeAgent(AgentRef a) {
            if (a.kind() == AgentRef.Kind.COUNTRY) {
                return writeCountry(a.countryCode());
            }
            Node org = uri(Keys.agent(a.key()));
            add(org, RDF.type.asNode(), Parley.ORGANIZATION.asNode());
            add(org, Parley.NAME.asNode(), lit(a.label()));
            return org;
        }

        private String writeRound(RoundMention r) {
            List<AgentKey> partyKeys = new ArrayList<>();
            r.parties().forEach(p -> partyKeys.add(p.value().key()));
            Integer ordinal = r.ordinal() == null ? null : r.ordinal().value();
            LocalDate day = r.date() == null ? null : r.date().value();
            Place place = r.place() == null ? null : r.place().value();
            String key = Keys.roundKey(partyKeys, ordinal, day, place);
            Node round = uri(Keys.round(key));
            add(round, RDF.type.asNode(), Parley.NEGOTIATION_ROUND.asNode());
            String label = label(r, ordinal, day, place);
            add(round, RDFS.label.asNode(), lit(label));
            add(round, Parley.NAME.asNode(), lit(label));
            Span first = r.spans().get(0);
            fact(round, Parley.STATUS, r.announced() ? Parley.ANNOUNCED.asNode() : Parley.HELD.asNode(), first, 0.7,
                    "RoundStage");
            if (r.ordinal() != null) {
                fact(round, Parley.ORDINAL, NodeFactory.createLiteralDT(String.valueOf(ordinal), XSDDatatype.XSDinteger),
                        r.ordinal().span(), r.ordinal().confidence(), "RoundStage");
            }
            if (r.date() != null) {
                fact(round, Parley.DATE, date(day), r.date().span(), r.date().confidence(), "RoundStage");
            }
            if (r.place() != null) {
                Node where = writePlace(place);
                fact(round, Parley.HELD_IN, where, r.place().span(), r.place().confidence(), "RoundStage");
                if (place.kind() == Place.Kind.VENUE) {
                    for (Evidenced<Place> city : r.places()) {
                        if (city.value().kind() == Place.Kind.CITY) {
                            fact(where, Parley.LOCATED_IN, writePlace(city.value()), city.span(), city.confidence(),
                                    "RoundStage");
                            break;
                        }
                    }
                }
            }
            for (Evidenced<AgentRef> p : r.parties()) {
                fact(round, Parley.PARTY, writeAgent(p.value()), p.span(), p.confidence(), "RoundStage");
            }
            for (Evidenced<AgentRef> m : r.mediators()) {
                fact(round, Parley.MEDIATOR, writeAgent(m.value()), m.span(), m.confidence(), "RoundStage");
            }
            for (Evidenced<String> m : r.mediatorPersons()) {
                fact(round, Parley.MEDIATOR, uri(Keys.person(m.value())), m.span(), m.confidence(), "RoundStage");
            }
            for (Evidenced<String> p : r.participants()) {
                fact(round, Parley.PARTICIPANT, uri(Keys.person(p.value())), p.span(), p.confidence(), "RoundStage");
            }
            for (Evidenced<String> o : r.outcomes()) {
                fact(round, Parley.OUTCOME, lit(o.value()), o.span(), o.confidence(), "RoundStage");
            }
            for (Evidenced<String> t : r.topics()) {
                Node topic = uri(Keys.topic(t.value()));
                add(topic, RDF.type.asNode(), Parley.TOPIC_CLASS.asNode());
                add(topic, RDFS.label.asNode(), lit(t.value()));
                add(topic, Parley.NAME.asNode(), lit(t.value()));
                fact(round, Parley.TOPIC, topic, t.span(), t.confidence(), "RoundStage");
            }
            return key;
        }

        private String label(RoundMention r, Integer ordinal, LocalDate day, Place place) {
            List<String> sides = new ArrayList<>();
            for (Evidenced<AgentRef> p : r.parties()) {
                String name = p.value().kind() == AgentRef.Kind.COUNTRY
                        ? gaz.countries().byCode(p.value().countryCode()).map(c -> c.name()).orElse(p.value().label())
                        : p.value().label();
                if (!sides.contains(name)) {
                    sides.add(name);
                }
            }
            sides.sort(String::compareTo);
            String talks = (sides.isEmpty() ? "" : String.join("–", sides) + " ") + "talks";
            if (ordinal != null) {
                return ordinalWord(ordinal) + " round of " + talks;
            }
            return talks + (place != null ? " in " + place.name() : "") + (day != null ? " on " + day : "");
        }

        private void writeDelegation(DelegationMention d, List<String> roundKeys) {
            String roundKey = d.round() >= 0 ? roundKeys.get(d.round()) : Iris.slug(article.id());
            Node del = uri(Keys.delegation(d.side().key(), roundKey));
            add(del, RDF.type.asNode(), Parley.DELEGATION.asNode());
            String sideName = d.side().kind() == AgentRef.Kind.COUNTRY
                    ? gaz.countries().byCode(d.side().countryCode()).map(c -> c.name()).orElse(d.side().label())
                    : d.side().label();
            add(del, RDFS.label.asNode(), lit("Delegation of " + sideName));
            add(del, Parley.NAME.asNode(), lit("Delegation of " + sideName));
            fact(del, Parley.REPRESENTS, writeAgent(d.side()), d.span(), 0.8, "DelegationStage");
            if (d.round() >= 0) {
                fact(del, Parley.TAKES_PART_IN, uri(Keys.round(roundKey)), d.span(), 0.7, "DelegationStage");
            }
            if (d.head() != null) {
                fact(del, Parley.HEADED_BY, uri(Keys.person(d.head().value())), d.head().span(), d.head().confidence(),
                        "DelegationStage");
                representsSide(d.head(), d.side());
            }
            for (Evidenced<String> m : d.members()) {
                fact(del, Parley.MEMBER, uri(Keys.person(m.value())), m.span(), m.confidence(), "DelegationStage");
                representsSide(m, d.side());
            }
        }

        /**
         * A person in a country's delegation represents that country, unless the person stage gave
         * the person a country or organization already.
         */
        private void representsSide(Evidenced<String> person, AgentRef side) {
            if (side.kind() != AgentRef.Kind.COUNTRY) {
                return;
            }
            for (PersonMention p : article.get(Layers.PERSONS)) {
                if (p.name().equals(person.value()) && (p.countryCode() != null || p.affiliation() != null)) {
                    return;
                }
            }
            fact(uri(Keys.person(person.value())), Parley.AFFILIATED_WITH, writeCountry(side.countryCode()),
                    person.span(), person.confidence() * 0.9, "DelegationStage");
        }

        private void writeQuote(Quote q) {
            Node st = uri(Iris.article(article.id()) + "#q" + q.span().start());
            add(st, RDF.type.asNode(), Parley.STATEMENT.asNode());
            add(st, Parley.IN_ARTICLE.asNode(), articleNode);
            fact(st, Parley.QUOTE, lit(q.text()), q.span(), q.confidence(), "QuoteStage");
            Node speaker = uri(Keys.person(q.speaker()));
            add(speaker, RDF.type.asNode(), Parley.PERSON.asNode());
            fact(st, Parley.SPEAKER, speaker, q.speakerSpan(), q.confidence(), "QuoteStage");
        }

        /**
         * Adds a triple and notes its evidence: the span, a confidence, the stage. A fact stated
         * several times in the article keeps one evidence node, for its strongest mention (the
         * earliest on a tie); {@link #writeEvidence()} writes them once the article is done.
         */
        private void fact(Node s, org.apache.jena.rdf.model.Property p, Node o, Span span, double confidence,
                          String extractor) {
            Triple t = Triple.create(s, p.asNode(), o);
            g.add(t);
            double c = Math.max(0, Math.min(1, confidence));
            Mention m = evidence.get(t);
            if (m == null || c > m.confidence()) {
                evidence.put(t, new Mention(span, c, extractor));
            }
        }

        /** Writes one {@code parley:Evidence} node per fact, numbered in the order facts were found. */
        private void writeEvidence() {
            int n = 0;
            for (Map.Entry<Triple, Mention> f : evidence.entrySet()) {
                Triple t = f.getKey();
                Mention m = f.getValue();
                Node e = uri(Iris.article(article.id()) + "#e" + (n++));
                add(e, RDF.type.asNode(), Parley.EVIDENCE.asNode());
                add(e, RDF.subject.asNode(), t.getSubject());
                add(e, RDF.predicate.asNode(), t.getPredicate());
                add(e, RDF.object.asNode(), t.getObject());
                add(e, Parley.IN_ARTICLE.asNode(), articleNode);
                add(e, Parley.MENTION_TEXT.asNode(), lit(article.text(m.span())));
                add(e, Parley.START.asNode(), integer(m.span().start()));
                add(e, Parley.END.asNode(), integer(m.span().end()));
                add(e, Parley.CONFIDENCE.asNode(), decimal(m.confidence()));
                add(e, Parley.EXTRACTOR.asNode(), lit(m.extractor()));
                Sentence sentence = sentenceOf(m.span());
                if (sentence != null) {
                    add(e, Parley.SENTENCE.asNode(), sentenceNode(sentence));
                }
            }
        }

        private Sentence sentenceOf(Span span) {
            for (Sentence s : sentences) {
                if (s.span().overlaps(span) || s.span().contains(span.start())) {
                    return s;
                }
            }
            return null;
        }

        private Node sentenceNode(Sentence s) {
            return sentenceNodes.computeIfAbsent(s.index(), i -> {
                Node n = uri(Iris.article(article.id()) + "#s" + i);
                add(n, RDF.type.asNode(), Parley.SENTENCE_CLASS.asNode());
                add(n, Parley.IN_ARTICLE.asNode(), articleNode);
                add(n, Parley.TEXT.asNode(), lit(article.text(s.span())));
                add(n, Parley.SENTENCE_INDEX.asNode(), integer(i));
                add(n, Parley.START.asNode(), integer(s.span().start()));
                add(n, Parley.END.asNode(), integer(s.span().end()));
                return n;
            });
        }

        private void add(Node s, Node p, Node o) {
            g.add(Triple.create(s, p, o));
        }
    }

    /** The mention chosen as a fact's evidence. */
    private record Mention(Span span, double confidence, String extractor) {
    }

    private static String ordinalWord(int n) {
        String[] words = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"};
        if (n < words.length) {
            return words[n].substring(0, 1).toUpperCase(Locale.ROOT) + words[n].substring(1);
        }
        return n + (n % 10 == 1 && n % 100 != 11 ? "st" : n % 10 == 2 && n % 100 != 12 ? "nd"
                : n % 10 == 3 && n % 100 != 13 ? "rd" : "th");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString(), XSDDatatype.XSDdecimal);
    }
}
