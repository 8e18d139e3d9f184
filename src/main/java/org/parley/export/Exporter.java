package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.query.Dataset;

/**
 * Writes a store's dataset to a stream in one format. Implementations are registered in
 * {@link Exporters} under their {@link #name()}; they must be stateless and thread-safe.
 */
public interface Exporter {

    /** @return the format's name on the command line ({@code turtle}, {@code trig}) */
    String name();

    /** @return file extensions, without the dot, that select this format ({@code ttl}) */
    List<String> extensions();

    /**
     * Writes the dataset. Called inside a read transaction on {@code ds}.
     *
     * @param ds  the dataset; named graphs hold the articles, the default graph is empty
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    void write(Dataset ds, OutputStream out) throws IOException;
}
