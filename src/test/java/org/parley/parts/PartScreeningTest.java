package org.parley.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.ArticleLoader;
import org.parley.article.InputStaging;
import org.parley.article.PlannedInput;
import org.parley.article.Problem;
import org.parley.article.ScreenedRecord;
import org.parley.cli.Main;
import org.parley.input.WarcCorpus;
import org.parley.rdf.ArticleConverter;
import org.parley.rdf.Iris;
import org.parley.store.ParleyStore;

/**
 * Parts read apart keep what one build keeps: copies of a story and repeated URIs found across
 * parts are left out of the manifest, with the reasons a build reports, and the loaded store
 * equals the built one.
 */
class PartScreeningTest {
    @TempDir
    Path dir;

    @Test
    void copiesAndRepeatedUrisAcrossPartsAreLeftOutAsABuildLeavesThem() throws IOException {
        Path in = Files.createDirectories(dir.resolve("crawl"));
        WarcCorpus.write(in.resolve("a.warc.gz"), 12, 5, "news");
        WarcCorpus.write(in.resolve("b.warc.gz"), 12, 5, "wire");
        WarcCorpus.write(in.resolve("c.warc.gz"), 4, 5, "news");
        Path report = dir.resolve("report.tsv");
        assertEquals(0, Main.run("build", in.toString(), "--store", dir.resolve("built").toString(),
                "--report", report.toString()));

        List<PlannedInput> plan = new ArticleLoader().plan(List.of(in));
        assertEquals(3, plan.size());
        Path parts = dir.resolve("parts");
        ArticleConverter converter = ArticleConverter.create();
        List<PartWriter.Written> written = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            written.add(PartWriter.write(plan.subList(i, i + 1), InputStaging.NONE, ArticleLoader.DEFAULT_MAX_BYTES,
                    converter, parts, i));
        }
        assertEquals(11, written.get(1).part().articles().size(),
                "a part keeps every English page, copies too, until the parts are screened together");
        PartManifest manifest = PartScreening.manifest(written);
        manifest.write(parts);
        assertEquals(List.of(10, 0, 0), manifest.parts().stream().map(p -> p.articles().size()).toList());
        assertEquals(skippedInReport(report), skippedInManifest(manifest));

        assertEquals(0, Main.run("load", parts.toString(), "--store", dir.resolve("loaded").toString()));
        try (ParleyStore built = ParleyStore.open(dir.resolve("built"));
             ParleyStore loaded = ParleyStore.open(dir.resolve("loaded"))) {
            assertEquals(StoreComparison.quads(built), StoreComparison.quads(loaded));
        }
    }

    @Test
    void aRepeatedFileNameIsAProblemAndAForeignPageClaimsItsUriFirst() {
        PartManifest.Part empty = new PartManifest.Part("part-00000.nq.gz", 0, List.of(), List.of(), List.of());
        PartManifest.Part one = new PartManifest.Part("part-00001.nq.gz", 9, List.of(
                new PartManifest.Entry(Iris.article("a"), "h", "b/a.txt")),
                List.of(new Problem("x.warc [record 1]", "not English (language fr)")), List.of());
        PartManifest m = PartScreening.manifest(List.of(
                new PartWriter.Written(empty, List.of(
                        new ScreenedRecord("a", "a/a.txt", false, true, null),
                        new ScreenedRecord("https://x/1", "w.warc [record 1]", true, false, null))),
                new PartWriter.Written(one, List.of(
                        new ScreenedRecord("a", "b/a.txt", false, true, null),
                        new ScreenedRecord("https://x/1", "x.warc [record 1]", true, false, null)))));
        PartManifest.Part p = m.parts().get(1);
        assertEquals(List.of(), p.articles(), "the second file of one name is not loaded");
        assertEquals(List.of(new Problem("b/a.txt", "duplicate article id 'a' (also a/a.txt)")), p.problems());
        assertEquals(List.of(new Problem("x.warc [record 1]", "repeated URI (also w.warc [record 1])")), p.skipped(),
                "a build meets the repeated URI before it looks at the language");
    }

    private static Set<String> skippedInReport(Path report) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(report)) {
            String[] f = line.split("\t", -1);
            switch (f[1]) {
                case "duplicate", "not English" -> out.add(f[0] + " | " + f[1] + " (" + f[2] + ")");
                case "not an article" -> out.add(f[0] + " | "
                        + (f[2].startsWith("also ") ? "repeated URI (" + f[2] + ")" : f[2]));
                default -> {
                }
            }
        }
        assertTrue(out.stream().anyMatch(s -> s.contains("| duplicate (copy of")), out.toString());
        assertTrue(out.stream().anyMatch(s -> s.contains("| repeated URI (also")), out.toString());
        return out;
    }

    private static Set<String> skippedInManifest(PartManifest m) {
        Set<String> out = new TreeSet<>();
        m.parts().forEach(p -> p.skipped().forEach(s -> out.add(s.place() + " | " + s.message())));
        return out;
    }
}
