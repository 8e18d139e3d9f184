package org.parley.export;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.rdf.Parley;
import org.parley.store.ParleyStore;

/**
 * Writes the dataset in a standard RDF syntax. Quad formats (TriG, N-Quads, JSON-LD) keep the
 * named graphs; triple formats (Turtle, N-Triples, RDF/XML) write the union of all named graphs.
 * Streaming formats are written without copying the store into memory. Immutable and thread-safe.
 *
 * @param name       format name
 * @param extensions file extensions
 * @param format     Jena's output format
 * @param quads      true to keep named graphs
 * @param streaming  true when {@link StreamRDFWriter} supports the format
 */
public record RdfExporter(String name, List<String> extensions, RDFFormat format, boolean quads, boolean streaming)
        implements Exporter {

    /** @return the prefixes written: those of the ontology, plus {@code id:} for minted resources */
    static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create(ParleyStore.ontology().getPrefixMapping());
        pm.add("id", Parley.ID);
        return pm;
    }

    @Override
    public void write(Dataset ds, OutputStream out) {
        DatasetGraph dsg = ds.asDatasetGraph();
        PrefixMap pm = prefixes();
        if (streaming) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format, null);
            stream.start();
            pm.forEach(stream::prefix);
            if (quads) {
                dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            } else {
                dsg.getUnionGraph().find().forEachRemaining(stream::triple);
            }
            stream.finish();
            return;
        }
        if (quads) {
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
            pm.forEach((p, u) -> copy.prefixes().add(p, u));
            RDFDataMgr.write(out, copy, format);
        } else {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(g::add);
            pm.forEach((p, u) -> g.getPrefixMapping().setNsPrefix(p, u));
            RDFDataMgr.write(out, g, format);
        }
    }
}
