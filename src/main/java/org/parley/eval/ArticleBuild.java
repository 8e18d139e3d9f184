package org.parley.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.parley.article.ArticleLoader;
import org.parley.article.ArticleStream;
import org.parley.article.Problem;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;
import org.parley.query.SavedQueries;
import org.parley.query.SavedQuery;
import org.parley.rdf.ArticleConverter;
import org.parley.store.BuildProgress;
import org.parley.store.BuildSummary;
import org.parley.store.ParleyStore;
import org.parley.store.StoreBuilder;

/**
 * Builds one article alone into its own store, in process, the way the reference scorer runs
 * {@code parley build --store WORK/ID/store WORK/ID/in} on a folder holding the article and a
 * {@code metadata.csv} with its publication date; then reads saved queries back as
 * {@code parley query NAME --store S --format csv} would print them, and parses that CSV.
 *
 * <p>Layout under the work folder, per article {@code ID} (the file name without {@code .txt}):
 * {@code ID/in/} (the article and its {@code metadata.csv}), {@code ID/store/}, and, when kept,
 * {@code ID/NAME.csv} for each query and {@code ID/build.log} (first line {@code exit N}, then
 * the build's problems). Not kept, the folder is deleted after the article.
 *
 * <p>Not thread-safe: one converter (and its pipeline) serves every build in turn.
 */
final class ArticleBuild {
    /** Exit code of {@code parley build} when any input had a problem. */
    private static final int EXIT_DATA = 1;
    /** Characters of the build's error output kept in an error line, as the scorer keeps them. */
    private static final int ERROR_TAIL = 160;

    private final ArticleConverter converter;
    private final Map<String, Query> queries = new LinkedHashMap<>();
    private final Path work;
    private final boolean keep;

    /** Rows of each query by name, or the reason there are none. */
    record Outcome(Map<String, List<Map<String, String>>> rows, String error) {
    }

    /**
     * @param converter the article converter (used by one build at a time)
     * @param saved     the saved queries
     * @param names     the queries to read back
     * @param work      the work folder
     * @param keep      true to keep each article's folder, store and query output
     */
    ArticleBuild(ArticleConverter converter, SavedQueries saved, List<String> names, Path work, boolean keep) {
        this.converter = converter;
        this.work = work;
        this.keep = keep;
        for (String n : names) {
            SavedQuery q = saved.find(n).orElseThrow(() -> new IllegalArgumentException(
                    "saved query " + n + ".rq not found in " + saved.origin()));
            queries.put(n, QueryRunner.parse(q.text(), q.source()));
        }
    }

    /**
     * @param article   the article file
     * @param published its publication date as the scorer writes it into {@code metadata.csv}
     *                  (any text; empty for none)
     * @return the rows read back, or the build's failure
     */
    Outcome run(Path article, String published) {
        String name = article.getFileName().toString();
        Path dir = work.resolve(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
        try {
            delete(dir);
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.copy(article, in.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(in.resolve("metadata.csv"), "file,published\n" + name + "," + published + "\n",
                    StandardCharsets.UTF_8);
            Outcome out = buildAndQuery(dir, in);
            if (!keep) {
                delete(dir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot prepare the article's build folder", e);
        }
    }

    private Outcome buildAndQuery(Path dir, Path in) throws IOException {
        Map<String, List<Map<String, String>>> rows = new LinkedHashMap<>();
        try (ParleyStore store = ParleyStore.open(dir.resolve("store"))) {
            List<String> problems = build(store, in);
            log(dir, problems.isEmpty() ? 0 : EXIT_DATA, problems);
            if (!problems.isEmpty()) {
                String err = String.join("\n", problems).strip();
                return new Outcome(Map.of(), "build exit " + EXIT_DATA + ": "
                        + err.substring(Math.max(0, err.length() - ERROR_TAIL)));
            }
            for (Map.Entry<String, Query> q : queries.entrySet()) {
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                QueryRunner.run(q.getValue(), store.dataset(), ResultFormat.CSV, csv);
                if (keep) {
                    Files.write(dir.resolve(q.getKey() + ".csv"), csv.toByteArray());
                }
                rows.put(q.getKey(), CsvRows.parse(csv.toString(StandardCharsets.UTF_8)));
            }
        }
        return new Outcome(rows, null);
    }

    /** @return the build's problems, each as {@code parley build} prints it; empty when it succeeded */
    private List<String> build(ParleyStore store, Path in) {
        List<Problem> problems = new ArrayList<>();
        try (ArticleStream articles = new ArticleLoader().stream(List.of(in))) {
            BuildSummary summary = new StoreBuilder(store, () -> converter, 1, StoreBuilder.DEFAULT_BATCH)
                    .statistics(false).build(articles, articles.expected(), BuildProgress.NONE);
            problems.addAll(articles.problems());
            problems.addAll(summary.problems());
        } catch (RuntimeException e) {
            return List.of("parley: " + e.getMessage());
        }
        return problems.stream().map(p -> "parley: " + p).toList();
    }

    private void log(Path dir, int exit, List<String> problems) throws IOException {
        if (keep) {
            List<String> lines = new ArrayList<>();
            lines.add("exit " + exit);
            lines.addAll(problems);
            Files.write(dir.resolve("build.log"), lines, StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
