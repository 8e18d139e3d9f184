package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.SyntheticArticles;
import org.parley.store.ParleyStore;

/**
 * Crash safety of {@code parley build}: a build in a separate JVM is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at 20 different moments (spread over the first two thirds of a full build), alternating between two versions
 * of a 40-article corpus. After every kill the store opens, and each article's graph is absent,
 * exactly version 1 or exactly version 2 — never a mixture. A final build then completes and the
 * store equals a clean build of version 2, graph by graph. Bounded: about 3 minutes.
 */
class KillDuringBuildTest {
    private static final int ARTICLES = 40;
    private static final int KILLS = 20;

    @Test
    void killedBuildsLeaveEachArticleOldOrNewAndTheNextBuildEqualsACleanOne(@TempDir Path dir) throws Exception {
        Path v1 = dir.resolve("v1");
        Path v2 = dir.resolve("v2");
        SyntheticArticles.write(v1, ARTICLES, 1);
        SyntheticArticles.write(v2, ARTICLES, 2);
        Map<Node, Graph> clean1 = cleanBuild(v1, dir.resolve("clean1"));
        Map<Node, Graph> clean2 = cleanBuild(v2, dir.resolve("clean2"));
        Path store = dir.resolve("store");
        Path log = dir.resolve("build.log");

        long t0 = System.nanoTime();
        assertEquals(0, build(v1, store, log).waitFor(), () -> read(log));
        long full = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);

        Random random = new Random(20240611L);
        int killedMidway = 0;
        int mixedStates = 0;
        for (int i = 0; i < KILLS; i++) {
            Path corpus = i % 2 == 0 ? v2 : v1;
            long delay = (long) (full * (0.08 + 0.6 * random.nextDouble()));
            Process p = build(corpus, store, log);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                killedMidway++;
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "killed build did not end");
            Map<Node, Graph> now = articleGraphs(store);
            int old = 0;
            int updated = 0;
            for (Map.Entry<Node, Graph> e : clean1.entrySet()) {
                Graph g = now.get(e.getKey());
                Graph g2 = clean2.get(e.getKey());
                if (g == null) {
                    fail("run " + i + ": article graph " + e.getKey() + " lost (it was built before)");
                }
                boolean isOld = g.isIsomorphicWith(e.getValue());
                boolean isNew = g.isIsomorphicWith(g2);
                assertTrue(isOld || isNew, "run " + i + " (killed after " + delay + " ms): " + e.getKey()
                        + " is neither version 1 nor version 2 (" + g.size() + " triples)");
                old += isOld ? 1 : 0;
                updated += isNew ? 1 : 0;
            }
            if (old > 0 && updated > 0) {
                mixedStates++;
            }
        }
        assertTrue(killedMidway >= KILLS / 2, "builds killed before they ended: " + killedMidway + " of " + KILLS);

        assertEquals(0, build(v2, store, log).waitFor(), () -> read(log));
        Map<Node, Graph> rebuilt = allGraphs(store);
        Map<Node, Graph> reference = allGraphs(dir.resolve("clean2"));
        assertEquals(reference.keySet(), rebuilt.keySet(), "named graphs after the final build");
        for (Map.Entry<Node, Graph> e : reference.entrySet()) {
            assertTrue(e.getValue().isIsomorphicWith(rebuilt.get(e.getKey())), e.getKey() + " differs from a clean build");
        }
        System.out.printf("kill -9 test: %d kills (%d mid-build, %d left a store mixing old and new articles);"
                + " full build %d ms%n", KILLS, killedMidway, mixedStates, full);
    }

    private static Process build(Path corpus, Path store, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "build", corpus.toString(), "--store", store.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Map<Node, Graph> cleanBuild(Path corpus, Path store) {
        assertEquals(0, Main.run("build", corpus.toString(), "--store", store.toString(), "--threads", "2"));
        return articleGraphs(store);
    }

    private static Map<Node, Graph> articleGraphs(Path store) {
        Map<Node, Graph> all = allGraphs(store);
        all.keySet().removeIf(n -> !n.getURI().contains("/article/"));
        return all;
    }

    private static Map<Node, Graph> allGraphs(Path store) {
        Map<Node, Graph> out = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        try (ParleyStore s = ParleyStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> {
                var dsg = s.dataset().asDatasetGraph();
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                for (Node n : names) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(n).find().forEachRemaining(copy::add);
                    out.put(n, copy);
                }
            });
        }
        return out;
    }
}
