package org.parley.export;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.Parley;

/**
 * Projects the union of a store's named graphs onto a {@link PropertyGraph}: resources typed with a
 * parley class of the {@link Projection} become nodes, their literal values of the known
 * {@link Attribute}s become node attributes, and object-property triples between two nodes become
 * edges labelled with the predicate's {@code rdfs:label}. Class hierarchy and predicate labels come
 * from the store's ontology graph, else from {@code ontology/parley.ttl} on the classpath.
 * Stateless and thread-safe.
 */
public final class PropertyGraphBuilder {

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    private PropertyGraphBuilder() {
    }

    /**
     * Reads the union of the named graphs of a dataset into one in-memory graph, without duplicates.
     *
     * @param ds the store
     * @return a new graph owned by the caller
     */
    public static Graph unionOfNamedGraphs(Dataset ds) {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> union.add(q.asTriple())));
        return union;
    }

    /**
     * Builds the property graph.
     *
     * @param ds the store
     * @param p  the projection
     * @return the sorted property graph
     */
    public static PropertyGraph build(Dataset ds, Projection p) {
        Model data = ModelFactory.createModelForGraph(unionOfNamedGraphs(ds));
        Model ontology = ontology(data);
        Map<Resource, String> typeOf = new HashMap<>();
        Map<String, List<String>> labelsOfType = new HashMap<>();
        for (Resource cls : p.classes()) {
            data.listResourcesWithProperty(RDF.type, cls).forEachRemaining(r -> {
                if (r.isURIResource()) {
                    typeOf.merge(r, cls.getURI(), (a, b) -> moreSpecific(ontology, a, b));
                }
            });
        }
        List<PropertyGraph.Node> nodes = new ArrayList<>();
        List<PropertyGraph.Edge> edges = new ArrayList<>();
        Map<Property, Attribute> attributes = new HashMap<>();
        Attribute.ALL.forEach(a -> attributes.put(a.predicate(), a));
        for (Map.Entry<Resource, String> e : typeOf.entrySet()) {
            Resource r = e.getKey();
            String type = e.getValue();
            SortedMap<String, Set<String>> values = new TreeMap<>();
            for (Statement st : r.listProperties().toList()) {
                RDFNode o = st.getObject();
                if (st.getPredicate().equals(RDF.type)) {
                    continue;
                }
                if (o.isURIResource() && typeOf.containsKey(o.asResource())) {
                    edges.add(new PropertyGraph.Edge(r.getURI(), o.asResource().getURI(),
                            predicateLabel(ontology, st.getPredicate()), st.getPredicate().getURI()));
                    continue;
                }
                Attribute a = attributes.get(st.getPredicate());
                String v = a == null ? null : value(ontology, a, o);
                if (v != null) {
                    values.computeIfAbsent(a.key(), k -> new TreeSet<>()).add(v);
                }
            }
            settleDate(values);
            SortedMap<String, List<String>> attrs = new TreeMap<>();
            values.forEach((k, vs) -> attrs.put(k, Attribute.byKey(k).multi()
                    ? List.copyOf(vs) : List.of(vs.iterator().next())));
            nodes.add(new PropertyGraph.Node(r.getURI(), label(data, r), localName(type),
                    labelsOfType.computeIfAbsent(type, t -> labels(ontology, p, t)), attrs));
        }
        nodes.sort(Comparator.comparing(PropertyGraph.Node::id));
        edges.sort(Comparator.comparing(PropertyGraph.Edge::source).thenComparing(PropertyGraph.Edge::predicate)
                .thenComparing(PropertyGraph.Edge::target));
        return new PropertyGraph(List.copyOf(nodes), List.copyOf(edges));
    }

    /**
     * Makes a node's dates tell the story the saved queries tell: {@link Attribute#DATE} is the
     * preferred date ({@code parley:preferredDate}, as in {@code rounds.rq}), else the only or earliest
     * date claimed; {@link Attribute#DATE_CONFLICT} holds the other dates sources claim, and is left
     * out where they agree.
     *
     * @param values a node's attribute values by key, changed in place
     */
    static void settleDate(SortedMap<String, Set<String>> values) {
        Set<String> claimed = values.remove(Attribute.DATE_CONFLICT);
        Set<String> preferred = values.get(Attribute.DATE);
        if (claimed == null || claimed.isEmpty()) {
            return;
        }
        String date = preferred != null && !preferred.isEmpty() ? preferred.iterator().next() : claimed.iterator().next();
        values.put(Attribute.DATE, new TreeSet<>(Set.of(date)));
        Set<String> others = new TreeSet<>(claimed);
        others.remove(date);
        if (!others.isEmpty()) {
            values.put(Attribute.DATE_CONFLICT, others);
        }
    }

    /**
     * @param data a store's union graph
     * @return its ontology triples, or the ontology file from the classpath when the store has none
     */
    static Model ontology(Model data) {
        if (data.contains(Parley.PERSON, RDFS.label)) {
            return data;
        }
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = PropertyGraphBuilder.class.getResourceAsStream("/ontology/parley.ttl")) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("classpath ontology/parley.ttl: " + e.getMessage(), e);
        }
        return m;
    }

    private static String moreSpecific(Model ontology, String a, String b) {
        if (superClasses(ontology, a).contains(b)) {
            return a;
        }
        if (superClasses(ontology, b).contains(a)) {
            return b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Set<String> superClasses(Model ontology, String cls) {
        Set<String> seen = new LinkedHashSet<>();
        List<Resource> todo = new ArrayList<>(List.of(ontology.createResource(cls)));
        while (!todo.isEmpty()) {
            Resource c = todo.remove(todo.size() - 1);
            ontology.listObjectsOfProperty(c, RDFS.subClassOf).forEachRemaining(o -> {
                if (o.isURIResource() && o.asResource().getURI().startsWith(Parley.NS)
                        && seen.add(o.asResource().getURI())) {
                    todo.add(o.asResource());
                }
            });
        }
        return seen;
    }

    private static List<String> labels(Model ontology, Projection p, String type) {
        Set<String> projected = new HashSet<>();
        p.classes().forEach(c -> projected.add(c.getURI()));
        List<String> labels = new ArrayList<>(List.of(localName(type)));
        new TreeSet<>(superClasses(ontology, type)).stream().filter(projected::contains)
                .map(PropertyGraphBuilder::localName).forEach(labels::add);
        return List.copyOf(labels);
    }

    private static String value(Model ontology, Attribute a, RDFNode o) {
        if (o.isLiteral()) {
            Literal l = o.asLiteral();
            String lex = l.getLexicalForm();
            return switch (a.type()) {
                case LONG -> isLong(lex) ? lex : null;
                case DOUBLE -> isDouble(lex) ? lex : null;
                default -> lex;
            };
        }
        if (a.type() == Attribute.Type.STRING && o.isURIResource()) {
            Statement label = ontology.getProperty(o.asResource(), RDFS.label);
            return label != null ? label.getString() : o.asResource().getURI();
        }
        return null;
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDouble(String s) {
        try {
            return Double.isFinite(Double.parseDouble(s.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param data the union graph
     * @param r    a resource
     * @return its preferred name, else its first name, else its rdfs:label, else its IRI's local part
     */
    static String label(Model data, Resource r) {
        for (Property p : List.of(Parley.PREFERRED_NAME, Parley.NAME, RDFS.label)) {
            TreeSet<String> names = new TreeSet<>();
            data.listObjectsOfProperty(r, p).forEachRemaining(o -> {
                if (o.isLiteral()) {
                    names.add(o.asLiteral().getLexicalForm());
                }
            });
            if (!names.isEmpty()) {
                return names.first();
            }
        }
        return localName(r.getURI());
    }

    private static String predicateLabel(Model ontology, Property p) {
        TreeSet<String> labels = new TreeSet<>();
        String english = null;
        for (Statement st : ontology.listStatements(p, RDFS.label, (RDFNode) null).toList()) {
            if (st.getObject().isLiteral()) {
                labels.add(st.getString());
                if (st.getLanguage().startsWith("en")) {
                    english = st.getString();
                }
            }
        }
        if (english != null) {
            return english;
        }
        if (!labels.isEmpty()) {
            return labels.first();
        }
        return CAMEL.matcher(localName(p.getURI())).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param iri an IRI
     * @return the part after its last {@code #} or {@code /}
     */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }
}
