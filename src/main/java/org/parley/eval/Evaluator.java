package org.parley.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.parley.extract.Extraction;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;
import org.parley.rdf.ArticleConverter;

/**
 * Measures extraction quality as the reference scorer ({@code ../shared/scoring}) does, in one
 * process: each article is built alone into its own store, with its publication date in a
 * {@code metadata.csv} (the gold's {@code published}, else the {@code sources.tsv} one), and the
 * saved queries {@code people}, {@code places}, {@code delegations} and {@code rounds} are read
 * back and matched against the gold with the scorer's rules ({@link ReferenceScore}). Over news
 * without diplomatic talks, it counts the rounds and delegations read back
 * ({@link DistractorScore}).
 *
 * <p>Not thread-safe: one instance runs one set at a time.
 */
public final class Evaluator {
    /** Queries read back for the gold figures. */
    static final List<String> SCORE_QUERIES = List.of("people", "places", "delegations", "rounds");
    /** Queries read back over distractors. */
    static final List<String> DISTRACTOR_QUERIES = List.of("rounds", "delegations");

    private final SavedQueries queries;
    private final ArticleConverter converter;

    /**
     * @param queries     the saved queries to read answers through
     * @param nameSources where person names may come from (all of them, as {@code parley build}
     *                    does, for the reference figures)
     */
    public Evaluator(SavedQueries queries, Set<PersonStage.NameSource> nameSources) {
        this.queries = queries;
        this.converter = ArticleConverter.create(Extraction.pipeline(nameSources));
    }

    /**
     * Scores the gold's articles.
     *
     * @param goldFile the gold ({@code {"articles": {...}}} or a map by file name)
     * @param articles the folder of the article files
     * @param sources  the set's {@code sources.tsv}, or null
     * @param work     the work folder for the per-article builds
     * @param keep     true to keep each article's input, store and query output under {@code work}
     * @return the figures and misses
     */
    public ReferenceScore score(Path goldFile, Path articles, Path sources, Path work, boolean keep) {
        Map<String, Object> gold = readGold(goldFile);
        Map<String, String> pub = SourceDates.read(sources, List.of("publication_date", "published"));
        ArticleBuild builds = new ArticleBuild(converter, queries, SCORE_QUERIES, work, keep);
        ReferenceScore score = new ReferenceScore();
        for (Map.Entry<String, Object> e : new TreeMap<>(gold).entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?>)) {
                throw new IllegalArgumentException(goldFile + ": entry " + e.getKey() + " is not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) e.getValue();
            String date = PyValues.text(PyValues.or(g.get("published"), pub.getOrDefault(e.getKey(), "")));
            ArticleBuild.Outcome out = builds.run(article(articles, e.getKey()), date);
            score.add(e.getKey(), g, out.rows(), out.error());
        }
        return score;
    }

    /**
     * Counts the rounds and delegations read back from every {@code .txt} file of a folder of
     * news without diplomatic talks.
     *
     * @param articles the folder
     * @param sources  the set's {@code sources.tsv}, or null
     * @param work     the work folder for the per-article builds
     * @param keep     true to keep each article's input, store and query output under {@code work}
     * @return the counts
     */
    public DistractorScore distractors(Path articles, Path sources, Path work, boolean keep) {
        Map<String, String> pub = SourceDates.read(sources, List.of("published"));
        ArticleBuild builds = new ArticleBuild(converter, queries, DISTRACTOR_QUERIES, work, keep);
        DistractorScore score = new DistractorScore();
        List<String> names;
        try (Stream<Path> s = Files.list(articles)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(articles + ": cannot list the folder", e);
        }
        for (String name : names) {
            ArticleBuild.Outcome out = builds.run(articles.resolve(name), pub.getOrDefault(name, ""));
            score.add(name, out.rows(), out.error());
        }
        return score;
    }

    private static Path article(Path articles, String name) {
        Path f = articles.resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException(f + ": the gold's article file is not there");
        }
        return f;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readGold(Path file) {
        Object gold;
        try {
            gold = PyValues.fromJson(JSON.parseAny(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the gold", e);
        } catch (JsonException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getMessage(), e);
        }
        if (!(gold instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(file + ": the gold is not a JSON object");
        }
        Map<String, Object> m = (Map<String, Object>) gold;
        if (m.get("articles") instanceof Map<?, ?> inner) {
            return (Map<String, Object>) inner;
        }
        return m;
    }
}
