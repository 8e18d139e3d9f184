package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.system.Txn;
import org.parley.rdf.Parley;

/**
 * Validates a store against the SHACL shapes in {@code ontology/shapes.ttl} (the working
 * directory's copy, or the one packaged under {@code /ontology/shapes.ttl}). The data graph is the
 * union of all named graphs, which includes the ontology graph, so {@code sh:class} constraints
 * can follow {@code rdfs:subClassOf}. Stateless and thread-safe.
 */
public final class StoreValidator {

    /**
     * One violation, ready to print.
     *
     * @param severity  Violation, Warning or Info
     * @param focusNode the node that failed, abbreviated with the store's prefixes
     * @param path      the property path, or "" for node constraints
     * @param value     the offending value, or ""
     * @param message   the shape's message
     */
    public record Violation(String severity, String focusNode, String path, String value, String message) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder().append(severity).append(": ").append(focusNode);
            if (!path.isEmpty()) {
                sb.append(' ').append(path);
            }
            if (!value.isEmpty()) {
                sb.append(" = ").append(value);
            }
            return sb.append(": ").append(message).toString();
        }
    }

    /**
     * @param conforms   true when no shape is violated
     * @param violations the report's entries, sorted
     */
    public record Result(boolean conforms, List<Violation> violations) {
    }

    private StoreValidator() {
    }

    /**
     * Reads the shapes: {@code ontology/shapes.ttl} in the working directory, else the packaged copy.
     *
     * @return the shapes graph
     * @throws StoreException when neither exists or the file does not parse
     */
    public static Graph shapes() {
        Graph g = GraphFactory.createDefaultGraph();
        Path file = Path.of("ontology", "shapes.ttl");
        try {
            if (Files.exists(file)) {
                RDFParser.source(file).lang(Lang.TURTLE).parse(g);
                return g;
            }
            var in = StoreValidator.class.getResourceAsStream("/ontology/shapes.ttl");
            if (in == null) {
                throw new StoreException("no SHACL shapes: neither " + file + " nor /ontology/shapes.ttl on the classpath");
            }
            try (in) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            }
            return g;
        } catch (RiotException e) {
            throw new StoreException(file + ": not valid Turtle: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the packaged shapes: " + e.getMessage(), e);
        }
    }

    /**
     * Validates the union of the store's named graphs.
     *
     * @param ds     the store's dataset
     * @param shapes the shapes graph
     * @return whether it conforms, and the violations
     */
    public static Result validate(Dataset ds, Graph shapes) {
        Graph data = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().getUnionGraph().find().forEachRemaining(data::add));
        PrefixMapping pm = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("parley", Parley.NS)
                .setNsPrefix("id", Parley.ID);
        Prologue prologue = new Prologue(pm);
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(
                    e.severity().level().getLocalName(),
                    str(e.focusNode(), pm),
                    e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), prologue),
                    e.value() == null ? "" : str(e.value(), pm),
                    e.message() == null ? "" : e.message()));
        }
        out.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path).thenComparing(Violation::message));
        return new Result(report.conforms(), out);
    }

    private static String str(Node n, PrefixMapping pm) {
        if (n.isURI()) {
            String q = pm.qnameFor(n.getURI());
            return q != null ? q : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 60 ? lex.substring(0, 57) + "..." : lex) + "\"";
        }
        return n.toString();
    }
}
