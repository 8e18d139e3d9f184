package org.parley.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.InputStaging;
import org.parley.article.PlannedInput;
import org.parley.cli.Main;
import org.parley.rdf.ArticleConverter;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * Parts written slice by slice and loaded with {@code parley load} give the store that
 * {@code parley build} gives from the same inputs: same quads, same answers to the saved queries.
 */
class PartsTest {
    @TempDir
    static Path dir;
    private static ParleyStore built;
    private static ParleyStore loaded;
    private static PartManifest manifest;

    @BeforeAll
    static void buildAndLoad() {
        assertEquals(0, Main.run("build", "seeds", "--store", dir.resolve("built").toString()));
        built = ParleyStore.open(dir.resolve("built"));
        List<PlannedInput> plan = new ArticleLoader().plan(List.of(Path.of("seeds")));
        assertEquals(4, plan.size(), plan.toString());
        Path parts = dir.resolve("parts");
        ArticleConverter converter = ArticleConverter.create();
        List<PartWriter.Written> written = new ArrayList<>();
        written.add(PartWriter.write(plan.subList(0, 1), InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES, converter,
                parts, 0));
        written.add(PartWriter.write(plan.subList(1, 4), InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES, converter,
                parts, 1));
        manifest = PartScreening.manifest(written);
        try {
            manifest.write(parts);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(0, Main.run("load", parts.toString(), "--store", dir.resolve("loaded").toString()));
        loaded = ParleyStore.open(dir.resolve("loaded"));
    }

    @AfterAll
    static void close() {
        built.close();
        loaded.close();
    }

    @Test
    void partsHoldEveryArticleOnce() {
        assertEquals(List.of(1, 3), manifest.parts().stream().map(p -> p.articles().size()).toList());
        assertEquals(PartManifest.read(dir.resolve("parts")), manifest, "the manifest reads back as written");
        assertTrue(Files.isRegularFile(dir.resolve("parts/part-00001.nq.gz")));
        assertEquals("seeds/000_5291d0a6826b4d16.txt", manifest.parts().get(0).articles().get(0).source());
    }

    @Test
    void loadedStoreHasTheBuiltQuads() {
        List<String> a = StoreComparison.quads(built);
        assertTrue(a.size() > 1000, "the seeds give a real graph: " + a.size());
        assertEquals(a, StoreComparison.quads(loaded));
        assertTrue(StoreComparison.sameQuads(built, loaded));
    }

    @Test
    void savedQueriesAnswerAlike() {
        int answered = StoreComparison.assertSavedQueriesAnswerAlike(built, loaded);
        assertTrue(answered >= 5, "most saved queries have answers on the seeds: " + answered);
    }

    @Test
    void anArticleInTwoPartsIsLoadedOnceAndReported() throws IOException {
        Path parts = dir.resolve("twice");
        List<PlannedInput> plan = new ArticleLoader().plan(List.of(Path.of("seeds/003_b4494dfb05ce646d.txt")));
        ArticleConverter converter = ArticleConverter.create();
        new PartManifest(List.of(
                PartWriter.write(plan, InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES, converter, parts, 0).part(),
                PartWriter.write(plan, InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES, converter, parts, 1).part()))
                .write(parts);
        assertEquals(0, Main.run("build", "seeds/003_b4494dfb05ce646d.txt", "--store", dir.resolve("once").toString()));
        try (ParleyStore once = ParleyStore.open(dir.resolve("once"));
             ParleyStore twice = ParleyStore.open(dir.resolve("twice-store"))) {
            PartLoader.Summary s1 = PartLoader.load(parts, twice);
            assertEquals(1, s1.articles());
            assertEquals(1, s1.problems().size(), s1.problems().toString());
            assertTrue(s1.problems().get(0).message().startsWith("duplicate article id"), s1.problems().toString());
            assertEquals(StoreComparison.quads(once), StoreComparison.quads(twice));
        }
    }

    @Test
    void badManifestNamesFileAndLine() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(parts.resolve(PartManifest.FILE), "# parley parts 1\npart\tpart-00000.nq.gz\tmany\n");
        StoreException e = assertThrows(StoreException.class, () -> PartManifest.read(parts));
        assertTrue(e.getMessage().contains("manifest.tsv [line 2]: quad count 'many'"), e.getMessage());
        Files.writeString(parts.resolve(PartManifest.FILE), "# parley parts 1\npart\tpart-00000.nq.gz\t5\n");
        try (ParleyStore s = ParleyStore.open(dir.resolve("never"))) {
            StoreException missing = assertThrows(StoreException.class, () -> PartLoader.load(parts, s));
            assertTrue(missing.getMessage().endsWith("part-00000.nq.gz: part listed in manifest.tsv is missing"),
                    missing.getMessage());
        }
    }

    @Test
    void loadIntoAStoreWithContentSkipsUnchangedArticles() {
        int code = Main.run("load", dir.resolve("parts").toString(), "--store", dir.resolve("built-again").toString());
        assertEquals(0, code);
        assertEquals(0, Main.run("load", dir.resolve("parts").toString(), "--store", dir.resolve("built-again").toString()));
        assertFalse(Files.exists(dir.resolve("parts/manifest.tsv.tmp")));
    }
}
