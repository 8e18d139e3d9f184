package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Main;
import org.parley.input.WarcCorpus;
import org.parley.parts.PartManifest;
import org.parley.parts.StoreComparison;
import org.parley.store.ParleyStore;

/**
 * The Spark job reads its inputs from HDFS and writes its parts there (an HDFS cluster of one
 * data node, in this JVM): the parts, fetched back and loaded, give the store {@code parley build}
 * gives from the same files on local disk, stored names and metadata included; the manifest names
 * the files by their HDFS URIs; the facts table is written there too.
 */
class HdfsBuildTest {
    @TempDir
    static Path dir;
    private static MiniDFSCluster cluster;
    private static FileSystem hdfs;
    private static String in;

    @BeforeAll
    static void startHdfs() throws IOException {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
        hdfs = cluster.getFileSystem();
        Path local = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(local.resolve("wire"));
        Files.copy(Path.of("seeds/000_5291d0a6826b4d16.txt"), local.resolve("wire/first.txt"));
        Files.copy(Path.of("seeds/003_b4494dfb05ce646d.txt"), local.resolve("second.txt"));
        Files.writeString(local.resolve("metadata.csv"), "file,published,url\nwire/first.txt,2024-05-02,https://w.example/1\n");
        Files.writeString(local.resolve("empty.txt"), "");
        WarcCorpus.write(local.resolve("crawl.warc.gz"), 6, 3, "news");
        hdfs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path("/data/news"));
        in = hdfs.getUri() + "/data/news";
    }

    @AfterAll
    static void stopHdfs() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    @Test
    void partsWrittenToHdfsLoadIntoTheBuiltStore() throws IOException {
        String out = hdfs.getUri() + "/parts";
        assertEquals(1, SparkMain.run("spark", in, "--out", out, "--master", "local[2]", "--tasks", "2", "--facts"),
                "the empty file is a problem, not fatal");
        assertTrue(hdfs.globStatus(new org.apache.hadoop.fs.Path("/parts/facts/*.parquet")).length > 0,
                "the facts table is written beside the parts");
        Path fetched = dir.resolve("fetched");
        hdfs.copyToLocalFile(false, new org.apache.hadoop.fs.Path("/parts"),
                new org.apache.hadoop.fs.Path(fetched.toUri()), true);
        PartManifest m = PartManifest.read(fetched);
        assertEquals(2, m.parts().size());
        List<String> sources = m.parts().stream().flatMap(p -> p.articles().stream()).map(PartManifest.Entry::source)
                .toList();
        assertTrue(sources.containsAll(List.of("news/second.txt", "news/wire/first.txt")), sources.toString());
        List<String> problems = m.parts().stream().flatMap(p -> p.problems().stream()).map(Object::toString).toList();
        assertEquals(List.of(in + "/empty.txt: empty file"), problems);
        assertEquals(1, Main.run("build", dir.resolve("news").toString(), "--store", dir.resolve("built").toString()));
        assertEquals(1, Main.run("load", fetched.toString(), "--store", dir.resolve("loaded").toString()));
        try (ParleyStore built = ParleyStore.open(dir.resolve("built"));
             ParleyStore loaded = ParleyStore.open(dir.resolve("loaded"))) {
            assertEquals(StoreComparison.quads(built), StoreComparison.quads(loaded));
        }
    }

    @Test
    void aMissingHdfsFolderIsAProblem() {
        assertEquals(1, SparkMain.run("spark", hdfs.getUri() + "/nowhere", "--out", dir.resolve("none").toString(),
                "--master", "local[1]"));
        List<String> problems = PartManifest.read(dir.resolve("none")).parts().stream()
                .flatMap(p -> p.problems().stream()).map(Object::toString).toList();
        assertEquals(List.of(hdfs.getUri() + "/nowhere: no such file or folder"), problems);
    }
}
