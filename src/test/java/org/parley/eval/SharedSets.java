package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;

/**
 * The Java eval's runs over the shared sets ({@code devset}, {@code devset2}, {@code distractors}
 * under {@link #SHARED}), made once per test JVM and shared by the tests that read them, with each
 * article's input and query output kept under {@link #work(String)}. Thread-safe (synchronized).
 */
final class SharedSets {
    /**
     * The shared folder: {@code -Dparley.shared=DIR} or {@code PARLEY_SHARED}, else {@code ../shared}
     * beside the project, else {@code ../../shared} (a git worktree one level further down).
     */
    static final Path SHARED = locate();
    /** The gold sets. */
    static final String[] GOLD_SETS = {"devset", "devset2"};
    /** The distractor set. */
    static final String DISTRACTORS = "distractors";

    private static final Map<String, Object> RUNS = new HashMap<>();
    private static Path root;
    private static Evaluator evaluator;

    private SharedSets() {
    }

    private static Path locate() {
        String given = System.getProperty("parley.shared", System.getenv("PARLEY_SHARED"));
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path beside = Path.of("..", "shared");
        Path above = Path.of("..", "..", "shared");
        return !Files.isDirectory(beside) && Files.isDirectory(above) ? above : beside;
    }

    /** @return true when the shared sets are there */
    static boolean present() {
        return Files.isRegularFile(SHARED.resolve("devset/gold.json")) && Files.isRegularFile(SHARED.resolve("devset2/gold.json"))
                && Files.isDirectory(SHARED.resolve("distractors/articles"));
    }

    /** @return the kept per-article folders of a set's run */
    static synchronized Path work(String set) {
        if (root == null) {
            try {
                root = Files.createTempDirectory("parley-shared-eval");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
            evaluator = new Evaluator(SavedQueries.load(Path.of("queries")), EnumSet.allOf(PersonStage.NameSource.class));
        }
        return root.resolve(set);
    }

    /** @return the reference figures of a gold set */
    static synchronized ReferenceScore score(String set) {
        Path dir = SHARED.resolve(set);
        Path work = work(set);
        return (ReferenceScore) RUNS.computeIfAbsent(set, s -> evaluator.score(dir.resolve("gold.json"),
                dir.resolve("articles"), dir.resolve("sources.tsv"), work, true));
    }

    /** @return the counts over the distractors */
    static synchronized DistractorScore distractors() {
        Path dir = SHARED.resolve(DISTRACTORS);
        Path work = work(DISTRACTORS);
        return (DistractorScore) RUNS.computeIfAbsent(DISTRACTORS, s -> evaluator.distractors(dir.resolve("articles"),
                dir.resolve("sources.tsv"), work, true));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit: the temporary folder is left behind
        }
    }
}
