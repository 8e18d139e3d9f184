package org.parley.parts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.AtlasException;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.parley.store.StoreException;

/**
 * Streams one part of a parts folder: un-gzips and parses its N-Quads and hands each quad on,
 * then the end of each graph. It checks that every graph is one run of lines and that the part
 * holds the number of quads its manifest line gives; the end of the part's last graph is passed
 * on only after that check. A bad part stops the reading with a {@link StoreException} naming the
 * file and, for a bad line, the line. Stateless; one call per part and thread.
 */
final class PartReader {
    private PartReader() {
    }

    /** Receives a part's quads, graph by graph. */
    @FunctionalInterface
    interface Receiver {
        /** @param q the next quad */
        void quad(Quad q);

        /** @param graph a graph whose quads have all been passed (ignored unless overridden) */
        default void end(Node graph) {
        }
    }

    /** A receiver that drops everything: reading only checks the part. */
    static final Receiver CHECK = q -> { };

    /**
     * @param dir  the parts folder
     * @param part the part, as the manifest lists it
     * @param out  receives the quads
     * @return the number of quads read
     * @throws StoreException naming the file (and line) when the part is unreadable or does not
     *                        match the manifest
     */
    static long read(Path dir, PartManifest.Part part, Receiver out) {
        Path file = dir.resolve(part.file());
        Runs runs = new Runs(file, out);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(new Strict()).parse(runs);
        } catch (IOException | UncheckedIOException | AtlasException | RiotException e) {
            throw new StoreException(file + ": cannot read the part: " + e.getMessage(), e);
        }
        if (runs.quads != part.quads()) {
            throw new StoreException(file + ": holds " + runs.quads + " quads where " + PartManifest.FILE + " gives "
                    + part.quads() + "; the part is cut short or not the one the manifest lists");
        }
        if (runs.current != null) {
            out.end(runs.current);
        }
        return runs.quads;
    }

    /** Counts quads and follows the runs of graphs. */
    private static final class Runs extends StreamRDFBase {
        private final Path file;
        private final Receiver out;
        private final Set<Node> ended = new HashSet<>();
        private Node current;
        private long quads;

        Runs(Path file, Receiver out) {
            this.file = file;
            this.out = out;
        }

        @Override
        public void quad(Quad q) {
            Node g = q.getGraph();
            if (!g.equals(current)) {
                if (current != null) {
                    out.end(current);
                    ended.add(current);
                }
                if (ended.contains(g)) {
                    throw new StoreException(file + ": graph " + g + " appears again after other graphs"
                            + " (quad " + (quads + 1) + "); a part holds each article's graph in one run");
                }
                current = g;
            }
            quads++;
            out.quad(q);
        }
    }

    /** Errors stop the parse with the line; warnings are ignored, as the part was written by Jena. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("[line " + line + "] " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
