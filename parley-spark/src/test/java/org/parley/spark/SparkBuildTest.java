package org.parley.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.bench.ScaleCorpus;
import org.parley.cli.Main;
import org.parley.parts.PartManifest;
import org.parley.parts.StoreComparison;
import org.parley.store.ParleyStore;

/**
 * The Spark job in local mode ({@code local[2]}, four tasks) on 200 generated articles, the
 * seeds and a small web archive written here, loaded with {@code parley load}, gives the store {@code parley build} gives: the same
 * quads and the same answers to every saved query; a bad file is reported, not fatal.
 */
class SparkBuildTest {
    @TempDir
    static Path dir;
    private static ParleyStore built;
    private static ParleyStore loaded;
    private static Path corpus;
    private static Path warc;

    @BeforeAll
    static void convertAndLoad() throws IOException {
        corpus = dir.resolve("corpus");
        new ScaleCorpus(ScaleCorpus.DEFAULT_SEED, 200).write(corpus, 200);
        warc = writeWarc(dir.resolve("news.warc.gz"));
        assertEquals(0, Main.run("build", corpus.toString(), "seeds", warc.toString(),
                "--store", dir.resolve("built").toString()));
        assertEquals(0, SparkMain.run("spark", corpus.toString(), "seeds", warc.toString(),
                "--out", dir.resolve("parts").toString(), "--master", "local[2]", "--tasks", "4"));
        assertEquals(0, Main.run("load", dir.resolve("parts").toString(), "--store", dir.resolve("loaded").toString()));
        built = ParleyStore.open(dir.resolve("built"));
        loaded = ParleyStore.open(dir.resolve("loaded"));
    }

    /** A request record (skipped: not an article) and two news pages from the input fixtures. */
    private static Path writeWarc(Path file) throws IOException {
        Instant crawled = Instant.parse("2024-03-15T12:00:00Z");
        try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            String uri = "https://news.example/wire";
            w.write(new WarcRequest.Builder(uri).date(crawled)
                    .body(new HttpRequest.Builder("GET", uri).addHeader("Host", "news.example").build()).build());
            page(w, uri, "wire.html", "text/html; charset=iso-8859-1", crawled);
            page(w, "https://news.example/live", "liveblog.html", "text/html; charset=utf-8", crawled);
        }
        return file;
    }

    private static void page(WarcWriter w, String uri, String fixture, String type, Instant crawled) throws IOException {
        byte[] body = Files.readAllBytes(Path.of("src/test/resources/inputs/html", fixture));
        w.write(new WarcResponse.Builder(uri).date(crawled)
                .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build()).build());
    }

    @AfterAll
    static void close() {
        built.close();
        loaded.close();
    }

    @Test
    void fourPartsHoldEveryArticle() {
        PartManifest m = PartManifest.read(dir.resolve("parts"));
        assertEquals(4, m.parts().size());
        assertFalse(Files.exists(dir.resolve("parts").resolve(FactsTable.DIR)), "no facts table without --facts");
        int articles = m.parts().stream().mapToInt(p -> p.articles().size()).sum();
        assertTrue(articles >= 205, "the generated articles, the seeds and the archive's pages: " + articles);
        List<String> skipped = m.parts().stream().flatMap(p -> p.skipped().stream()).map(Object::toString).toList();
        assertTrue(skipped.stream().anyMatch(x -> x.contains("news.warc.gz") && x.contains("request")),
                "the archive's request record is skipped and noted: " + skipped);
        for (int i = 0; i < 4; i++) {
            assertEquals(PartManifest.partFile(i), m.parts().get(i).file());
            assertTrue(Files.isRegularFile(dir.resolve("parts").resolve(PartManifest.partFile(i))));
            assertTrue(m.parts().get(i).articles().size() >= 40, "slices are balanced: " + m.parts().get(i).articles().size());
        }
    }

    @Test
    void sameQuadsAsTheBuild() {
        List<String> expected = StoreComparison.quads(built);
        assertTrue(expected.size() > 50_000, "a real graph: " + expected.size());
        assertEquals(expected, StoreComparison.quads(loaded));
    }

    @Test
    void savedQueriesAnswerAlike() {
        int answered = StoreComparison.assertSavedQueriesAnswerAlike(built, loaded);
        assertTrue(answered >= 5, "most saved queries have answers: " + answered);
    }

    @Test
    void aBadFileIsReportedNotFatal() throws IOException {
        Path in = Files.createDirectories(dir.resolve("bad-in"));
        Files.copy(Path.of("seeds/000_5291d0a6826b4d16.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        String out = dir.resolve("bad-parts").toUri().toString();
        assertEquals(1, SparkMain.run("spark", in.toUri().toString(), "--out", out, "--master", "local[1]"),
                "file: URIs are local paths");
        PartManifest m = PartManifest.read(dir.resolve("bad-parts"));
        assertEquals(1, m.parts().stream().mapToInt(p -> p.articles().size()).sum());
        List<String> problems = m.parts().stream().flatMap(p -> p.problems().stream()).map(Object::toString).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("empty.txt"), problems.toString());
        assertEquals(2, SparkMain.run("spark", in.toString(), "--out", dir.resolve("bad-parts").toString(),
                "--tasks", "0"), "a usage error");
    }
}
