package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * Common part of the XML property-graph formats (GraphML, GEXF): builds the {@link PropertyGraph}
 * of a projection and streams it through {@link XmlOut}; subclasses write the format's elements.
 * Stateless and thread-safe.
 */
abstract class XmlGraphExporter implements GraphExporter, Exporter {

    @Override
    public String name() {
        return formatName();
    }

    @Override
    public List<String> extensions() {
        return List.of(formatName());
    }

    @Override
    public void write(Dataset ds, Projection p, Path out) throws IOException {
        write(PropertyGraphBuilder.build(ds, p), out);
    }

    /** Writes the {@link Projection#ENTITIES} projection to a stream, for {@link Exporters}. */
    @Override
    public void write(Dataset ds, OutputStream out) throws IOException {
        write(PropertyGraphBuilder.build(ds, Projection.ENTITIES), out);
    }

    /**
     * Writes an already built property graph to a file.
     *
     * @param g   the graph
     * @param out the file
     * @throws IOException when writing fails
     */
    public void write(PropertyGraph g, Path out) throws IOException {
        XmlOut.write(out, body(g));
    }

    /**
     * Writes an already built property graph to a stream, flushed but not closed.
     *
     * @param g   the graph
     * @param out the stream
     * @throws IOException when writing fails
     */
    public void write(PropertyGraph g, OutputStream out) throws IOException {
        XmlOut.write(out, formatName(), body(g));
    }

    /** @return the writer of the format's document for the graph */
    abstract XmlOut.Body body(PropertyGraph g);
}
