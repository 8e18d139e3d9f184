package org.parley.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Builds the secondary quad indexes of a store whose quads were just bulk-loaded into its primary
 * index (GSPO), by sorting, and packs each B+tree bottom-up.
 *
 * <p>TDB2's bulk loader fills a secondary index (SPOG, POSG, OSPG) by reading the primary one and
 * inserting each record: a descent of the tree per record, at places that the primary order
 * scatters, and the per-record cost grows with the index (the phase was over a third of a
 * 100,000-article build). Here the primary index is read once; each quad's record is rearranged
 * for every secondary index into runs of {@value #RUN_QUADS} quads, sorted in memory (as TDB2
 * compares keys: unsigned, byte by byte) and written to temporary files in the store's
 * directory; then, one thread per index, the runs are merged and the tree is written leaf by leaf
 * from the sorted records with Jena's {@code BPlusTreeRewriter}, as {@code tdb2.xloader} builds
 * its indexes: no descents, full blocks. The records are the bytes the primary index holds,
 * rearranged, so the indexes hold exactly what the loader's would ({@code SortedIndexBuildTest}).
 *
 * <p>Each index is written in one transaction of its own on that index, as TDB2's loader and
 * xloader do, while the store is in exclusive mode. The temporary runs take 32 bytes per quad per
 * secondary index until the merge ends; they are deleted at the end, whatever happens.
 *
 * <p>Not thread-safe: run by the one build that holds the store.
 */
final class SortedIndexBuild {
    /** Quads per sorted run: 1M quads, 32 MiB of sort buffer. */
    static final int RUN_QUADS = 1 << 20;
    private static final int QUAD = 4;
    private static final int STREAM_BUFFER = 1 << 16;

    private SortedIndexBuild() {
    }

    /**
     * Fills the secondary quad indexes from the primary one.
     *
     * @param dsg         the store's dataset graph, right after a bulk load of its primary index,
     *                    with the secondary indexes empty
     * @param quadIndexes the store's quad index names, primary first
     * @param workDir     a directory for the temporary runs (on the store's disk)
     * @param runQuads    quads per sorted run (tests use small runs)
     * @throws UncheckedIOException when the temporary runs cannot be written or read
     */
    static void build(DatasetGraph dsg, List<String> quadIndexes, Path workDir, int runQuads) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        Map<String, TupleIndex> byName = Stream.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
                .collect(Collectors.toMap(TupleIndex::getName, Function.identity()));
        TupleIndex source = byName.get(quadIndexes.get(0));
        List<TupleIndex> targets = quadIndexes.subList(1, quadIndexes.size()).stream().map(byName::get).toList();
        if (targets.isEmpty()) {
            return;
        }
        int[][] order = new int[targets.size()][QUAD];
        for (int t = 0; t < targets.size(); t++) {
            for (int i = 0; i < QUAD; i++) {
                order[t][i] = source.getName().indexOf(targets.get(t).getName().charAt(i));
            }
        }
        int threads = targets.size();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "parley-index");
            th.setDaemon(true);
            return th;
        });
        tdb.getTxnSystem().getTxnMgr().startExclusiveMode();
        Path dir = null;
        try {
            dir = Files.createTempDirectory(workDir, ".index-runs-");
            List<List<Path>> runs = writeRuns(source, order, dir, runQuads, pool);
            List<Future<?>> inserts = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                TupleIndex target = targets.get(t);
                List<Path> mine = runs.get(t);
                inserts.add(pool.submit(() -> packSorted(target, mine)));
            }
            awaitAll(inserts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the index runs in " + workDir + ": " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            tdb.getTxnSystem().getTxnMgr().finishExclusiveMode();
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    /** Reads the primary index once and writes, per secondary index, sorted runs of its records. */
    private static List<List<Path>> writeRuns(TupleIndex source, int[][] order, Path dir, int runQuads,
            ExecutorService pool) throws IOException {
        int targets = order.length;
        BlockingQueue<long[]> free = new ArrayBlockingQueue<>(targets + 2);
        for (int k = 0; k < targets + 2; k++) {
            free.add(new long[runQuads * QUAD]);
        }
        List<List<Path>> runs = new ArrayList<>();
        long[][] filling = new long[targets][];
        int[] fill = new int[targets];
        for (int t = 0; t < targets; t++) {
            runs.add(new ArrayList<>());
            filling[t] = take(free);
        }
        List<Future<?>> written = new ArrayList<>();
        long[] quad = new long[QUAD];
        TransactionCoordinator coordinator = CoLib.newCoordinator();
        CoLib.add(coordinator, source);
        CoLib.start(coordinator);
        Transaction read = coordinator.begin(TxnType.READ);
        try {
            Iterator<Record> records = LoaderOps.idxBTree(source).iterator();
            while (records.hasNext()) {
                ByteBuffer key = ByteBuffer.wrap(records.next().getKey());
                for (int i = 0; i < QUAD; i++) {
                    quad[i] = key.getLong(i * Long.BYTES);
                }
                for (int t = 0; t < targets; t++) {
                    long[] buffer = filling[t];
                    int at = fill[t] * QUAD;
                    for (int i = 0; i < QUAD; i++) {
                        buffer[at + i] = quad[order[t][i]];
                    }
                    if (++fill[t] == runQuads) {
                        written.add(submitRun(pool, buffer, fill[t], dir, runs.get(t), free));
                        filling[t] = take(free);
                        fill[t] = 0;
                    }
                }
            }
        } finally {
            read.end();
        }
        for (int t = 0; t < targets; t++) {
            if (fill[t] > 0) {
                written.add(submitRun(pool, filling[t], fill[t], dir, runs.get(t), free));
            }
        }
        awaitAll(written);
        return runs;
    }

    private static Future<?> submitRun(ExecutorService pool, long[] buffer, int quads, Path dir, List<Path> runs,
            BlockingQueue<long[]> free) throws IOException {
        Path file = Files.createTempFile(dir, "run-", ".bin");
        runs.add(file);
        return pool.submit(() -> {
            try {
                sort(buffer, 0, quads - 1);
                try (DataOutputStream out = new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(file), STREAM_BUFFER))) {
                    for (int i = 0; i < quads * QUAD; i++) {
                        out.writeLong(buffer[i]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write index run " + file + ": " + e.getMessage(), e);
            } finally {
                free.add(buffer);
            }
            return null;
        });
    }

    /**
     * Merges the sorted runs of one index and packs its B+tree bottom-up from them
     * ({@code BPlusTreeRewriter}, as {@code tdb2.xloader} does), in one transaction on that index.
     */
    private static void packSorted(TupleIndex target, List<Path> runs) {
        BPlusTree tree = LoaderOps.idxBTree(target);
        RecordFactory factory = tree.getRecordFactory();
        List<Run> open = new ArrayList<>();
        try {
            PriorityQueue<Run> heads = new PriorityQueue<>(Comparator.comparing(r -> r.head, SortedIndexBuild::compare));
            for (Path p : runs) {
                Run r = new Run(p);
                open.add(r);
                if (r.advance()) {
                    heads.add(r);
                }
            }
            Iterator<Record> merged = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return !heads.isEmpty();
                }

                @Override
                public Record next() {
                    Run r = heads.poll();
                    if (r == null) {
                        throw new NoSuchElementException();
                    }
                    byte[] key = new byte[QUAD * Long.BYTES];
                    ByteBuffer bytes = ByteBuffer.wrap(key);
                    for (int i = 0; i < QUAD; i++) {
                        bytes.putLong(i * Long.BYTES, r.head[i]);
                    }
                    try {
                        if (r.advance()) {
                            heads.add(r);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read index run for " + target.getName() + ": "
                                + e.getMessage(), e);
                    }
                    return factory.create(key);
                }
            };
            CoLib.executeWrite(target, () -> BPlusTreeRewriter.packIntoBPlusTree(merged, tree.getParams(), factory,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                    tree.getRecordsMgr().getBlockMgr()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index run for " + target.getName() + ": " + e.getMessage(), e);
        } finally {
            for (Run r : open) {
                r.close();
            }
        }
    }

    /** A sorted run being merged: its file and its current record. */
    private static final class Run {
        final long[] head = new long[QUAD];
        private final DataInputStream in;

        Run(Path file) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), STREAM_BUFFER));
        }

        boolean advance() throws IOException {
            try {
                head[0] = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            for (int i = 1; i < QUAD; i++) {
                head[i] = in.readLong();
            }
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // a run that cannot be closed is deleted with its directory
            }
        }
    }

    /** Orders records as TDB2 does: bytes compared unsigned, first to last. */
    static int compare(long[] a, long[] b) {
        return compare(a, 0, b, 0);
    }

    /** Compares the 4-long record at a[x..] with the one at b[y..], as {@link #compare(long[], long[])}. */
    private static int compare(long[] a, int x, long[] b, int y) {
        for (int k = 0; k < QUAD; k++) {
            int c = Long.compareUnsigned(a[x + k], b[y + k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareAt(long[] a, int i, int j) {
        return compare(a, i * QUAD, a, j * QUAD);
    }

    private static void swap(long[] a, int i, int j) {
        int x = i * QUAD;
        int y = j * QUAD;
        for (int k = 0; k < QUAD; k++) {
            long v = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = v;
        }
    }

    /** Sorts the records lo..hi (inclusive) of a buffer of 4-long records: quicksort, median of three. */
    static void sort(long[] a, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (compareAt(a, mid, lo) < 0) {
                swap(a, mid, lo);
            }
            if (compareAt(a, hi, lo) < 0) {
                swap(a, hi, lo);
            }
            if (compareAt(a, hi, mid) < 0) {
                swap(a, hi, mid);
            }
            swap(a, mid, hi - 1);
            int pivot = hi - 1;
            int i = lo;
            int j = hi - 1;
            while (true) {
                while (compareAt(a, ++i, pivot) < 0) {
                    // advance
                }
                while (compareAt(a, --j, pivot) > 0) {
                    // retreat
                }
                if (i >= j) {
                    break;
                }
                swap(a, i, j);
            }
            swap(a, i, hi - 1);
            if (i - lo < hi - i) {
                sort(a, lo, i - 1);
                lo = i + 1;
            } else {
                sort(a, i + 1, hi);
                hi = i - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && compareAt(a, j, j - 1) < 0; j--) {
                swap(a, j, j - 1);
            }
        }
    }

    private static long[] take(BlockingQueue<long[]> free) {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index build interrupted", e);
        }
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("index build interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("index build failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // temporary runs left behind are in a dot-directory of the store and harmless
        }
    }
}
