package org.parley.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the store's facts as one JSON-LD 1.1 document compacted with Parley's context
 * ({@code ontology/context.jsonld}, on the classpath as {@code /ontology/context.jsonld}), so keys are
 * short and stable ({@code name}, {@code role}, {@code party}, {@code heldIn}, {@code date} as
 * {@code xsd:date}...); the context is embedded in the output, so readers need no network. With
 * {@link Projection#ENTITIES} only triples about entity resources are written; with
 * {@link Projection#FULL} the whole union of named graphs. Through {@link Exporters} (no projection)
 * the whole dataset is written with its named graphs kept. Remote documents are never loaded.
 * Stateless and thread-safe.
 */
public final class JsonLdExporter implements GraphExporter, Exporter {

    /** Classpath location of the context. */
    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    @Override
    public String formatName() {
        return "jsonld";
    }

    @Override
    public String name() {
        return formatName();
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonld");
    }

    /**
     * Writes the projection's triples, as one default graph, compacted with the context.
     */
    @Override
    public void write(Dataset ds, Projection p, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(DatasetGraphFactory.wrap(triples(ds, p)), os, out.toString());
        }
    }

    /**
     * Writes the whole dataset keeping its named graphs (one {@code graph} object per article),
     * compacted with the context, for {@link Exporters}. Called inside a read transaction.
     */
    @Override
    public void write(Dataset ds, OutputStream out) throws IOException {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        ds.asDatasetGraph().find().forEachRemaining(copy::add);
        write(copy, out, "jsonld");
    }

    private static void write(DatasetGraph dsg, OutputStream out, String where) throws IOException {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, dsg, RDFFormat.JSONLD11);
        JsonObject compacted;
        try (InputStream context = JsonLdExporter.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (context == null) {
                throw new IOException("classpath " + CONTEXT_RESOURCE + ": missing");
            }
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                            JsonDocument.of(context))
                    .ordered(true)
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
                                "remote JSON-LD documents are not loaded: " + url);
                    })
                    .get();
        } catch (JsonLdError e) {
            throw new IOException(where + ": JSON-LD compaction failed: " + e.getMessage(), e);
        }
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        JsonWriter w = factory.createWriter(out);
        w.writeObject(sorted(compacted));
        out.flush();
    }

    /**
     * @param doc a compacted document
     * @return the same document with {@code @context} first and its top-level nodes sorted by id
     */
    private static JsonObject sorted(JsonObject doc) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (doc.containsKey("@context")) {
            b.add("@context", doc.get("@context"));
        }
        for (Map.Entry<String, JsonValue> e : doc.entrySet()) {
            if (e.getKey().equals("@context")) {
                continue;
            }
            if (e.getValue() instanceof JsonArray nodes) {
                List<JsonValue> list = new ArrayList<>();
                for (JsonValue v : nodes) {
                    list.add(v instanceof JsonObject o && o.get("graph") instanceof JsonArray ? sorted(o) : v);
                }
                list.sort(Comparator.comparing(JsonLdExporter::nodeId));
                JsonArrayBuilder ab = Json.createArrayBuilder();
                list.forEach(ab::add);
                b.add(e.getKey(), ab);
            } else {
                b.add(e.getKey(), e.getValue());
            }
        }
        return b.build();
    }

    private static String nodeId(JsonValue v) {
        if (v instanceof JsonObject o) {
            for (String key : List.of("id", "@id")) {
                if (o.get(key) instanceof JsonString s) {
                    return s.getString();
                }
            }
        }
        return v.toString();
    }

    /**
     * @param ds the store
     * @param p  the projection
     * @return the triples the export holds: the whole union of named graphs for {@link Projection#FULL},
     *     else the triples whose subject is typed with an entity class
     */
    public static Graph triples(Dataset ds, Projection p) {
        Graph union = PropertyGraphBuilder.unionOfNamedGraphs(ds);
        if (p == Projection.FULL) {
            return union;
        }
        Set<Node> subjects = new HashSet<>();
        for (Resource cls : p.classes()) {
            union.find(Node.ANY, RDF.type.asNode(), cls.asNode()).forEachRemaining(t -> subjects.add(t.getSubject()));
        }
        Graph g = GraphFactory.createDefaultGraph();
        union.find().forEachRemaining(t -> {
            if (subjects.contains(t.getSubject())) {
                g.add(t);
            }
        });
        return g;
    }
}
