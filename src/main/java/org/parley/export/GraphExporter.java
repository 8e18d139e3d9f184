package org.parley.export;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;

/**
 * Writes the graph held in a Parley store to a file (or folder) in one format for graph tools.
 * Implementations read the union of the dataset's named graphs inside their own read
 * transaction and never modify the dataset. Implementations are stateless and thread-safe.
 */
public interface GraphExporter {

    /**
     * Writes the export.
     *
     * @param ds  the store (TDB2 or in-memory); facts are read from the union of its named graphs
     * @param p   which resources become nodes
     * @param out the file to write, or the folder for multi-file formats; parent folders are created
     * @throws IOException when the output cannot be written
     */
    void write(Dataset ds, Projection p, Path out) throws IOException;

    /** @return the name used on the command line ({@code graphml}, {@code gexf}...) */
    String formatName();
}
