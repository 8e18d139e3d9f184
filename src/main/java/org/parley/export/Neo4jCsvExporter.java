package org.parley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;

/**
 * Writes the {@link PropertyGraph} as a folder of CSV files for {@code neo4j-admin database import}
 * (Neo4j 5): {@code nodes_<Type>.csv} per node type with header {@code id:ID,name,:LABEL,<attr>:<type>...}
 * ({@code :LABEL} holds the type and its parley superclasses, e.g. {@code City;Place}; multi-valued
 * attributes are {@code string[]} with {@code ;} between values; dates use the {@code date} type), and
 * {@code rels_<TYPE>.csv} per relationship type with header {@code :START_ID,:END_ID,:TYPE,label,predicate}
 * (type = predicate local name in upper snake case: {@code heldIn} becomes {@code HELD_IN}). Every
 * field is quoted, quotes doubled. The folder also gets {@code import.sh} with the exact command:
 *
 * <pre>
 * cd export-folder
 * neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true \
 *   --array-delimiter=";" --id-type=string \
 *   --nodes=nodes_City.csv --nodes=nodes_Person.csv ... \
 *   --relationships=rels_HELD_IN.csv --relationships=rels_PARTY.csv ...
 * </pre>
 *
 * <p>Run it with the database stopped; then start Neo4j and query, e.g.
 * {@code MATCH (r:NegotiationRound)-[:HELD_IN]->(p) RETURN r.name, p.name}. Stateless and thread-safe.
 */
public final class Neo4jCsvExporter implements GraphExporter {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public String formatName() {
        return "neo4j-csv";
    }

    @Override
    public void write(Dataset ds, Projection p, Path out) throws IOException {
        write(PropertyGraphBuilder.build(ds, p), out);
    }

    /**
     * Writes an already built property graph into a folder, replacing CSV files a previous export left.
     *
     * @param g   the graph
     * @param out the folder
     * @throws IOException when writing fails
     */
    public void write(PropertyGraph g, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path f : old.filter(f -> f.getFileName().toString().matches("(nodes|rels)_.*\\.csv")).toList()) {
                Files.delete(f);
            }
        }
        Map<String, List<PropertyGraph.Node>> byType = new TreeMap<>();
        g.nodes().forEach(n -> byType.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(n));
        Map<String, List<PropertyGraph.Edge>> byRel = new TreeMap<>();
        g.edges().forEach(e -> byRel.computeIfAbsent(relType(e), t -> new ArrayList<>()).add(e));
        List<String> nodeFiles = new ArrayList<>();
        for (Map.Entry<String, List<PropertyGraph.Node>> t : byType.entrySet()) {
            String file = "nodes_" + t.getKey() + ".csv";
            nodeFiles.add(file);
            writeNodes(t.getValue(), out.resolve(file));
        }
        List<String> relFiles = new ArrayList<>();
        for (Map.Entry<String, List<PropertyGraph.Edge>> t : byRel.entrySet()) {
            String file = "rels_" + t.getKey() + ".csv";
            relFiles.add(file);
            try (Writer w = Files.newBufferedWriter(out.resolve(file), StandardCharsets.UTF_8)) {
                row(w, List.of(":START_ID", ":END_ID", ":TYPE", "label", "predicate"));
                for (PropertyGraph.Edge e : t.getValue()) {
                    row(w, List.of(e.source(), e.target(), t.getKey(), e.label(), e.predicate()));
                }
            }
        }
        Files.writeString(out.resolve("import.sh"), importCommand(nodeFiles, relFiles), StandardCharsets.UTF_8);
    }

    /**
     * @param nodeFiles node CSV file names
     * @param relFiles  relationship CSV file names
     * @return a shell script running neo4j-admin on them from the script's folder
     */
    static String importCommand(List<String> nodeFiles, List<String> relFiles) {
        StringBuilder sb = new StringBuilder("#!/bin/sh\n")
                .append("# Imports this folder into the (stopped) Neo4j 5 database \"neo4j\", replacing it.\n")
                .append("set -e\ncd \"$(dirname \"$0\")\"\n")
                .append("neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true")
                .append(" --array-delimiter=\";\" --id-type=string");
        nodeFiles.forEach(f -> sb.append(" \\\n  --nodes=").append(f));
        relFiles.forEach(f -> sb.append(" \\\n  --relationships=").append(f));
        return sb.append('\n').toString();
    }

    /**
     * @param e an edge
     * @return its relationship type: the predicate's local name in upper snake case
     */
    static String relType(PropertyGraph.Edge e) {
        return CAMEL.matcher(e.predicateLocalName()).replaceAll("_").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9_]", "_");
    }

    private static void writeNodes(List<PropertyGraph.Node> nodes, Path file) throws IOException {
        List<Attribute> attrs = new ArrayList<>();
        for (Attribute a : Attribute.ALL) {
            if (nodes.stream().anyMatch(n -> n.attributes().containsKey(a.key()))) {
                attrs.add(a);
            }
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("id:ID", "name", ":LABEL"));
            attrs.forEach(a -> header.add(a.key() + ":" + a.type().neo4jName() + (a.multi() ? "[]" : "")));
            row(w, header);
            for (PropertyGraph.Node n : nodes) {
                List<String> cells = new ArrayList<>(List.of(n.id(), n.label(), String.join(";", n.labels())));
                for (Attribute a : attrs) {
                    List<String> vs = n.attributes().getOrDefault(a.key(), List.of());
                    if (a.type() == Attribute.Type.DATE) {
                        vs = vs.stream().filter(v -> ISO_DATE.matcher(v).matches()).toList();
                    }
                    cells.add(vs.isEmpty() ? null : String.join(a.multi() ? ";" : "; ", vs));
                }
                row(w, cells);
            }
        }
    }

    private static void row(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String c = cells.get(i);
            if (c != null) {
                w.write('"');
                w.write(c.replace("\"", "\"\""));
                w.write('"');
            }
        }
        w.write('\n');
    }
}
