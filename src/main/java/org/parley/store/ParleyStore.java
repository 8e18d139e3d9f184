package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.parley.rdf.Parley;

/**
 * Parley's TDB2 store on disk (default {@code data/store}).
 *
 * <p>Layout: each article's triples live in their own named graph, named by the article's IRI;
 * the ontology lives in {@link Parley#ONTOLOGY_GRAPH}; facts derived across articles in
 * {@link Parley#ENTITIES_GRAPH}. The stored default graph stays empty.
 *
 * <p>Union default graph: the dataset's context sets {@link TDB2#symUnionDefaultGraph}, so a
 * SPARQL query without {@code GRAPH} sees the union of all named graphs, both here and in the
 * Fuseki endpoint serving this dataset (Fuseki executes queries with the dataset's context). The
 * setting is made on the dataset rather than globally so that other datasets in the same JVM
 * keep standard SPARQL semantics. {@code fuseki-config/config.ttl} sets the same with
 * {@code tdb2:unionDefaultGraph true}.
 *
 * <p>Indexes: a store created by Parley keeps four quad indexes, {@link #QUAD_INDEXES}, instead
 * of TDB2's six. Queries over the union graph use SPOG, POSG and OSPG; GSPO reads or deletes one
 * article's graph; a pattern inside {@code GRAPH <g>} with a bound predicate or object uses POSG
 * or OSPG and checks the graph, as GPOS and GOSP would have. Two fewer indexes make bulk loads
 * and the store about a third smaller and faster to build. The choice is recorded by TDB2 in the
 * store ({@code tdb.cfg}), so Fuseki and TDB2's tools open it alike; stores made elsewhere keep
 * their own indexes.
 *
 * <p>Thread safety: the dataset is transactional (one writer, many readers, MR+SW); use it inside
 * {@link Txn} transactions. Opening locks the directory against other processes until
 * {@link #close()}. Within one JVM, TDB2 shares one connection per directory and {@link #close()}
 * releases it, so keep one open {@code ParleyStore} per directory at a time.
 */
public final class ParleyStore implements AutoCloseable {
    /** Quad indexes of a store Parley creates: the primary GSPO and the three union-graph orders. */
    public static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final StoreParams PARAMS = StoreParams.builder(StoreParams.getDftStoreParams())
            .quadIndexes(QUAD_INDEXES.toArray(new String[0]))
            .build();

    /** Default store directory, relative to the working directory. */
    public static final Path DEFAULT_DIR = Path.of("data", "store");

    private final Path dir;
    private final Dataset dataset;

    private ParleyStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * @param dir a store directory
     * @return true when it holds a TDB2 database
     */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens the store, creating it when the directory is new or empty.
     *
     * @param dir the store directory
     * @return the open store
     * @throws StoreException when the directory cannot be written or another process holds it
     */
    public static ParleyStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("store directory " + dir + " is not writable: cannot create it ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        Path probe = dir.resolve(".parley-write-test");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new StoreException("store directory " + dir + " is not writable ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        Dataset ds;
        try {
            ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), PARAMS));
        } catch (RuntimeException e) {
            if (isLock(e)) {
                throw StoreException.locked("store " + dir + " is locked by another process (is 'parley serve' or"
                        + " another build using it? stop it, or use --store to pick another directory)", e);
            }
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new ParleyStore(dir, ds);
    }

    private static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || t instanceof OverlappingFileLockException) {
                return true;
            }
            if (t instanceof DBOpEnvException && t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                return true;
            }
        }
        return false;
    }

    /** @return the store directory */
    public Path directory() {
        return dir;
    }

    /** @return the dataset; queries without GRAPH see the union of the named graphs */
    public Dataset dataset() {
        return dataset;
    }

    /** @return the names of the store's quad indexes, primary first (e.g. GSPO, SPOG, POSG, OSPG) */
    public List<String> quadIndexes() {
        var tdb = TDBInternal.getDatasetGraphTDB(dataset);
        String primary = tdb.getStoreParams().getPrimaryIndexQuads();
        List<String> names = new ArrayList<>(List.of(primary));
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (!index.getName().equals(primary)) {
                names.add(index.getName());
            }
        }
        return names;
    }

    /** @return the content hash of every stored article, by article IRI */
    public Map<String, String> contentHashes() {
        Map<String, String> out = new HashMap<>();
        String q = "SELECT ?g ?h WHERE { GRAPH ?g { ?g <" + Parley.CONTENT_HASH.getURI() + "> ?h } }";
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.put(s.getResource("g").getURI(), s.getLiteral("h").getLexicalForm());
                }
            }
        });
        return out;
    }

    /**
     * Replaces one named graph with the given triples. Call inside a write transaction.
     *
     * @param name  graph name
     * @param graph new content
     */
    public void replaceGraph(Node name, Graph graph) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEach(t -> dsg.add(new Quad(name, t)));
    }

    /** Replaces the ontology graph with the packaged ontology. Call inside a write transaction. */
    public void loadOntology() {
        replaceGraph(NodeFactory.createURI(Parley.ONTOLOGY_GRAPH), ontology());
    }

    /**
     * Reads the ontology: the copy packaged on the classpath ({@code /ontology/parley.ttl}), or
     * {@code ontology/parley.ttl} in the working directory.
     *
     * @return the ontology's triples
     */
    public static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ParleyStore.class.getResourceAsStream("/ontology/parley.ttl")) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return g;
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the packaged ontology: " + e.getMessage(), e);
        }
        Path file = Path.of("ontology", "parley.ttl");
        if (!Files.exists(file)) {
            throw new StoreException("ontology not found: neither /ontology/parley.ttl on the classpath nor " + file);
        }
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    /**
     * @return the total length of the store's files, in bytes (TDB2's memory-mapped files grow in
     *         blocks, so this is at least what the data takes)
     * @throws UncheckedIOException naming the directory when it cannot be read
     */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the store's files", e);
        }
    }

    /**
     * Counts the quads in all named graphs by walking one quad index without decoding nodes
     * (the stored default graph stays empty).
     *
     * @return the number of quads
     */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            var tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            long[] n = {0};
            tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).all().forEachRemaining(t -> n[0]++);
            return n[0];
        });
    }

    /**
     * Counts the triples of one named graph.
     *
     * @param graphName the graph's IRI
     * @return its size
     */
    public long graphSize(String graphName) {
        Node g = NodeFactory.createURI(graphName);
        return Txn.calculateRead(dataset, () -> {
            long[] n = {0};
            dataset.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    /** Releases the store and its lock. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
