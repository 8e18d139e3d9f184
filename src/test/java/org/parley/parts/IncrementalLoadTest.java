package org.parley.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.ArticleLoader;
import org.parley.article.InputStaging;
import org.parley.article.PlannedInput;
import org.parley.cli.Main;
import org.parley.rdf.ArticleConverter;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * {@code parley load} into a store that has content: parts of three seeds bulk loaded, then parts
 * of all four seeds with one article's text changed, give the store that {@code parley build}
 * gives from the final inputs; loading again changes nothing; a bad part changes nothing.
 */
class IncrementalLoadTest {
    private static final String CHANGED = "001_9b2ac5b68ab38c82.txt";
    private static final String ADDED = "003_b4494dfb05ce646d.txt";

    @TempDir
    static Path dir;
    private static ParleyStore built;
    private static ParleyStore loaded;
    private static PartLoader.Summary second;

    @BeforeAll
    static void loadTwoVersions() throws IOException {
        Path first = parts(seeds("v1", ADDED, false), "parts1");
        Path last = parts(seeds("v2", null, true), "parts2");
        assertEquals(0, Main.run("load", first.toString(), "--store", dir.resolve("loaded").toString()));
        assertEquals(0, Main.run("build", dir.resolve("v2/seeds").toString(), "--store", dir.resolve("built").toString()));
        built = ParleyStore.open(dir.resolve("built"));
        loaded = ParleyStore.open(dir.resolve("loaded"));
        second = PartLoader.load(last, loaded);
    }

    @AfterAll
    static void close() {
        built.close();
        loaded.close();
    }

    /** Copies the seeds to {@code dir/version/seeds}, leaving one out or changing one article's text. */
    private static Path seeds(String version, String leftOut, boolean change) throws IOException {
        Path to = Files.createDirectories(dir.resolve(version).resolve("seeds"));
        List<String> metadata = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds", "metadata.csv"))) {
            if (leftOut == null || !line.startsWith(leftOut)) {
                metadata.add(line);
            }
        }
        Files.write(to.resolve("metadata.csv"), metadata);
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String name = f.getFileName().toString();
                if (!name.equals(leftOut)) {
                    String text = Files.readString(f);
                    Files.writeString(to.resolve(name), change && name.equals(CHANGED)
                            ? text + "\nThe delegations agreed to meet again in Geneva on Friday, officials said.\n" : text);
                }
            }
        }
        return to;
    }

    /** Writes the parts of a seeds folder: the first article in part 0, the others in part 1. */
    private static Path parts(Path seeds, String name) throws IOException {
        List<PlannedInput> plan = new ArticleLoader().plan(List.of(seeds));
        Path parts = dir.resolve(name);
        ArticleConverter converter = ArticleConverter.create();
        PartScreening.manifest(List.of(
                PartWriter.write(plan.subList(0, 1), InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES, converter,
                        parts, 0),
                PartWriter.write(plan.subList(1, plan.size()), InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES,
                        converter, parts, 1)))
                .write(parts);
        return parts;
    }

    @Test
    void secondLoadAddsNewReplacesChangedAndSkipsUnchanged() {
        assertEquals(List.of(1, 1, 2), List.of(second.added(), second.replaced(), second.unchanged()), second.toString());
        assertTrue(second.problems().isEmpty(), second.problems().toString());
        List<String> expected = StoreComparison.quads(built);
        assertEquals(expected, StoreComparison.quads(loaded));
        assertTrue(StoreComparison.sameQuads(built, loaded));
        assertTrue(StoreComparison.assertSavedQueriesAnswerAlike(built, loaded) >= 5);
    }

    @Test
    void loadingTheSamePartsAgainChangesNothing() {
        List<String> before = StoreComparison.quads(loaded);
        PartLoader.Summary again = PartLoader.load(dir.resolve("parts2"), loaded);
        assertEquals(List.of(0, 0, 4, 0L), List.of(again.added(), again.replaced(), again.unchanged(), again.quads()));
        assertEquals(before, StoreComparison.quads(loaded));
    }

    @ParameterizedTest(name = "{0} part {2}, into a store with content: {1}")
    @CsvSource({
        "truncated, false, 1, 'cannot read the part'",
        "truncated, true, 1, 'cannot read the part'",
        "bad line, false, 1, '[line 3]'",
        "bad line, true, 1, '[line 3]'",
        "bad line, true, 0, '[line 3]'",
        "graph split, false, 1, 'appears again after other graphs'",
        "graph split, true, 1, 'appears again after other graphs'",
        "line lost, false, 1, 'quads where manifest.tsv gives'",
        "line lost, true, 1, 'quads where manifest.tsv gives'"})
    void aBadPartStopsTheLoadAndChangesNothing(String damage, boolean content, int index, String message)
            throws IOException {
        String name = (damage + "-" + content + "-" + index).replace(' ', '-');
        Path parts = copy(dir.resolve("parts2"), dir.resolve(name));
        Path part = parts.resolve(PartManifest.partFile(index));
        if (damage.equals("truncated")) {
            byte[] bytes = Files.readAllBytes(part);
            Files.write(part, Arrays.copyOf(bytes, bytes.length / 2));
        } else {
            rewrite(part, damage(damage));
        }
        Path store = dir.resolve(name + "-store");
        if (content) {
            assertEquals(0, Main.run("load", dir.resolve("parts1").toString(), "--store", store.toString()));
        }
        List<String> before = quads(store);
        assertEquals(Main.EXIT_DATA, Main.run("load", parts.toString(), "--store", store.toString()));
        try (ParleyStore s = ParleyStore.open(store)) {
            StoreException e = assertThrows(StoreException.class, () -> PartLoader.load(parts, s));
            assertTrue(e.getMessage().startsWith(part.toString()), e.getMessage());
            assertTrue(e.getMessage().contains(message), e.getMessage());
        }
        assertEquals(before, quads(store));
        assertNotEquals(content, before.isEmpty());
    }

    private static UnaryOperator<List<String>> damage(String damage) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            switch (damage) {
                case "bad line" -> out.add(2, "this is not a quad");
                case "graph split" -> out.add(out.remove(0));
                default -> out.remove(out.size() - 1);
            }
            return out;
        };
    }

    /** Rewrites a part's lines. */
    private static void rewrite(Path part, UnaryOperator<List<String>> change) throws IOException {
        String text;
        try (var in = new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(part)))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(part))) {
            out.write((String.join("\n", change.apply(text.lines().toList())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> quads(Path store) {
        try (ParleyStore s = ParleyStore.open(store)) {
            return StoreComparison.quads(s);
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
