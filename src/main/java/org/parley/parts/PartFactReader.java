package org.parley.parts;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.parley.store.StoreException;

/**
 * The rows of the facts table in one part file ({@link FactRows}), graph by graph in the part's
 * order, each graph's in evidence order: Jena's {@link RDFParser} reads the N-Quads on a thread of
 * its own ({@link AsyncParser}), and the reader holds one graph in memory at a time. A part holds
 * each graph in one run of quads, as {@link PartWriter} writes it. Closes itself at the end; close
 * it when stopping early. Not thread-safe: one reader per thread.
 */
public final class PartFactReader implements Iterator<Fact>, AutoCloseable {
    private final String part;
    private final Predicate<String> keep;
    private final Checked in;
    private final IteratorCloseable<Quad> quads;
    private final Set<Node> done = new HashSet<>();
    private Iterator<Fact> rows = Collections.emptyIterator();
    private Quad ahead;
    private int graphs;
    private boolean closed;

    private PartFactReader(String part, Predicate<String> keep, InputStream in) {
        this.part = part;
        this.keep = keep;
        this.in = new Checked(in);
        this.quads = AsyncParser.of(RDFParser.source(this.in).lang(Lang.NQUADS)).setDaemonMode(true).asyncParseQuads();
    }

    /**
     * @return true when there is another row
     * @throws StoreException naming the file when it is not N-Quads or holds a graph in two runs
     */
    @Override
    public boolean hasNext() {
        while (!rows.hasNext()) {
            if (!nextGraph()) {
                close();
                return false;
            }
        }
        return true;
    }

    @Override
    public Fact next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return rows.next();
    }

    /** @return the number of graphs whose rows were read so far */
    public int graphs() {
        return graphs;
    }

    /** Reads the next run of quads, one graph; false at the end of the part. */
    private boolean nextGraph() {
        Quad q = ahead != null ? ahead : pull();
        ahead = null;
        if (q == null) {
            return false;
        }
        Node name = q.getGraph();
        if (!done.add(name)) {
            throw new StoreException(part + ": graph " + name + " is in two runs of quads; not a part");
        }
        boolean kept = name.isURI() && keep.test(name.getURI());
        Graph graph = kept ? GraphFactory.createGraphMem() : null;
        while (q != null && q.getGraph().equals(name)) {
            if (kept) {
                graph.add(q.asTriple());
            }
            q = pull();
        }
        ahead = q;
        if (kept) {
            rows = FactRows.of(name, graph).iterator();
            graphs++;
        }
        return true;
    }

    private Quad pull() {
        if (closed) {
            return null;
        }
        try {
            if (quads.hasNext()) {
                return quads.next();
            }
        } catch (RuntimeException e) {
            throw new StoreException(part + ": cannot read the part: " + e.getMessage(), e);
        }
        IOException failure = in.failure;
        if (failure != null) {
            throw new StoreException(part + ": cannot read the part: " + failure, failure);
        }
        return null;
    }

    /** Stops the parser and closes the file; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        quads.close();
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(part + ": " + e.getMessage(), e);
        }
    }

    /**
     * Notes a read error, which the parser may take for the end of the input (a truncated gzip
     * file would otherwise end the part early without a word).
     */
    private static final class Checked extends FilterInputStream {
        private volatile IOException failure;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * Opens a part file for reading its rows.
     *
     * @param part the part file: {@code part-N.nq.gz}, or N-Quads without {@code .gz}
     * @param keep which graphs (by article IRI) to read rows from; the others are passed over
     * @return the reader, to be closed
     * @throws StoreException naming the file when it cannot be opened
     */
    public static PartFactReader open(Path part, Predicate<String> keep) {
        InputStream raw;
        try {
            raw = Files.newInputStream(part);
        } catch (IOException e) {
            throw new StoreException(part + ": cannot read the part: " + e.getMessage(), e);
        }
        return open(part.toString(), raw, keep);
    }

    /**
     * Reads a part from a stream (a part on another file system).
     *
     * @param part names the part in messages; read as gzip when it ends in {@code .gz}
     * @param raw  the part's bytes, closed with the reader (or here, when it cannot be read)
     * @param keep which graphs (by article IRI) to read rows from
     * @return the reader, to be closed
     * @throws StoreException naming the part when it cannot be read
     */
    public static PartFactReader open(String part, InputStream raw, Predicate<String> keep) {
        try {
            InputStream in = part.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return new PartFactReader(part, keep, in);
        } catch (IOException e) {
            try {
                raw.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(part + ": cannot read the part: " + e.getMessage(), e);
        }
    }
}
