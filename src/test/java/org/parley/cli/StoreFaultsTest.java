package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * Faults of the environment: a full disk, a read-only file system, a store locked by another
 * process, unsafe server options. Each ends with one clear message and exit code 1 (2 for usage),
 * and the store keeps what it held. The file-system cases mount a small tmpfs and are skipped
 * where mounting is not allowed (not root, not Linux).
 */
class StoreFaultsTest {
    @TempDir
    Path dir;

    @Test
    void fullDiskDuringABuildIsOneClearErrorAndLosesNothing() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()) == 0, "cannot mount a tmpfs");
        try {
            Path few = dir.resolve("few");
            Path many = dir.resolve("many");
            SyntheticArticles.write(few, 3, 1);
            SyntheticArticles.write(many, 40, 1);
            Path store = mount.resolve("store");
            assertEquals(0, cli(dir.resolve("few.log"), "build", few.toString(), "--store", store.toString()));
            Map<Node, Graph> before = graphs(store);
            assertEquals(5, before.size(), "3 articles, the ontology and the entities graph");

            Path log = dir.resolve("full.log");
            assertEquals(1, cli(log, "build", many.toString(), "--store", store.toString()));
            String err = Files.readString(log);
            assertTrue(err.contains("parley: store " + store + ": the disk is full"), err);
            assertTrue(err.contains("Free some space and run the build again."), err);
            assertFalse(err.contains("\tat "), "no stack trace without -v: " + err);

            Map<Node, Graph> after = graphs(store);
            assertEquals(before.keySet(), after.keySet(), "graphs after the failed build");
            for (Map.Entry<Node, Graph> e : before.entrySet()) {
                assertTrue(e.getValue().isIsomorphicWith(after.get(e.getKey())), e.getKey() + " changed");
            }
            assertEquals(0, sh("mount", "-o", "remount,size=64m", mount.toString()));
            assertEquals(0, cli(dir.resolve("again.log"), "build", many.toString(), "--store", store.toString()));
            assertEquals(42, graphs(store).size(), "40 articles, the ontology and the entities graph");
        } finally {
            sh("umount", mount.toString());
        }
    }

    @Test
    void readOnlyFileSystemIsOneClearError() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(sh("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mount.toString()) == 0, "cannot mount a tmpfs");
        try {
            Path articles = dir.resolve("articles");
            SyntheticArticles.write(articles, 1, 1);
            String store = mount.resolve("store").toString();
            CliTest.Run r = CliTest.run("build", articles.toString(), "--store", store);
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("parley: store directory " + store + " is not writable"), r.err());
            assertTrue(r.err().contains("Read-only file system"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        } finally {
            sh("umount", mount.toString());
        }
    }

    @Test
    void servingAStoreLockedByAnotherProcessExitsOne() throws Exception {
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(line != null && line.startsWith("locked"), "helper said: " + line);
            CliTest.Run r = CliTest.run("serve", "--store", store.toString(), "--port", "0");
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("parley: store " + store + " is locked by another process"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void updatesWithoutAPasswordFileAreAUsageError() {
        CliTest.Run r = CliTest.run("serve", "--store", dir.resolve("store").toString(), "--allow-update");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--allow-update needs --password-file"), r.err());
    }

    @Test
    void watchingAMissingFolderExitsOne() {
        CliTest.Run r = CliTest.run("serve", "--store", dir.resolve("store").toString(), "--watch",
                dir.resolve("missing").toString(), "--port", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such folder to watch"), r.err());
    }

    private static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static int cli(Path log, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static Map<Node, Graph> graphs(Path store) {
        Map<Node, Graph> out = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        try (ParleyStore s = ParleyStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> {
                var dsg = s.dataset().asDatasetGraph();
                List<Node> names = new java.util.ArrayList<>();
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
