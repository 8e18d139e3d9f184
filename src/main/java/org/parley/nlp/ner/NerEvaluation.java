package org.parley.nlp.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderEvaluationMonitor;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.parley.article.Article;
import org.parley.article.ArticleMetadata;
import org.parley.article.Layers;
import org.parley.article.NameMention;
import org.parley.nlp.Pipeline;
import org.parley.nlp.SentenceStage;
import org.parley.nlp.TokenStage;

/**
 * Measures the name finder: OpenNLP 10-fold cross-validation on the corpus with precision,
 * recall and F1 per type, and person recall on a gold-annotated devset (a directory with
 * {@code articles/*.txt} and {@code gold.json} whose entries list {@code persons} with
 * {@code name} and {@code aliases}). Used by {@link NerTrainer}'s {@code --cv} and
 * {@code --devset} modes. Static methods only; thread-safe.
 */
public final class NerEvaluation {

    private NerEvaluation() {
    }

    /** Counts exact-match name spans per type across evaluated samples. Not thread-safe. */
    static final class PerType implements TokenNameFinderEvaluationMonitor {
        final Map<String, int[]> counts = new TreeMap<>();

        @Override
        public void correctlyClassified(NameSample reference, NameSample prediction) {
            count(reference, prediction);
        }

        @Override
        public void misclassified(NameSample reference, NameSample prediction) {
            count(reference, prediction);
        }

        private void count(NameSample reference, NameSample prediction) {
            Set<Span> ref = new HashSet<>(List.of(reference.getNames()));
            for (Span p : prediction.getNames()) {
                int[] c = counts.computeIfAbsent(p.getType(), k -> new int[3]);
                if (ref.contains(p)) {
                    c[0]++;
                } else {
                    c[1]++;
                }
            }
            Set<Span> pred = new HashSet<>(List.of(prediction.getNames()));
            for (Span r : reference.getNames()) {
                if (!pred.contains(r)) {
                    counts.computeIfAbsent(r.getType(), k -> new int[3])[2]++;
                }
            }
        }

        String report() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %7s %7s %7s %6s %6s %6s%n",
                    "type", "P", "R", "F1", "tp", "fp", "fn"));
            int[] all = new int[3];
            counts.forEach((type, c) -> {
                line(sb, type, c);
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
            });
            line(sb, "all", all);
            return sb.toString();
        }

        private static void line(StringBuilder sb, String type, int[] c) {
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sb.append(String.format(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %6d %6d %6d%n", type, p, r, f,
                    c[0], c[1], c[2]));
        }
    }

    /**
     * Runs OpenNLP's {@link TokenNameFinderCrossValidator} (which keeps documents whole).
     *
     * @param files    corpus files
     * @param settings training settings
     * @param folds    number of folds
     * @return a table of precision, recall and F1 per type, and the time taken
     * @throws IOException when the corpus cannot be read
     */
    public static String crossValidate(List<Path> files, NerTrainer.Settings settings, int folds)
            throws IOException {
        PerType monitor = new PerType();
        TokenNameFinderCrossValidator cv = new TokenNameFinderCrossValidator("en", null,
                settings.parameters(), settings.factory(), monitor);
        long t0 = System.nanoTime();
        try (ObjectStream<NameSample> samples = NerTrainer.samples(files)) {
            cv.evaluate(samples, folds);
        }
        long s = (System.nanoTime() - t0) / 1_000_000_000;
        return folds + "-fold cross-validation, " + settings.algorithm() + " " + settings.iterations()
                + " iterations, cutoff " + settings.cutoff() + ", codec " + settings.codec() + " (" + s + " s)\n"
                + monitor.report() + "OpenNLP overall: " + cv.getFMeasure() + "\n";
    }

    /**
     * Person recall of the committed model on a devset: a gold person counts as found when a
     * PERSON name equals its name or one of its aliases (case-insensitive) or, leniently, when a
     * PERSON name and one of them contain each other as whole words ("Nazarbayev" for
     * "Nursultan Nazarbayev").
     *
     * @param devset directory with {@code articles/} and {@code gold.json}
     * @return a report: recall (strict, lenient), the misses, and person names matching no gold
     *         person (an upper bound of false positives, as gold lists no photographers)
     */
    public static String devset(Path devset) {
        JsonObject gold;
        try {
            gold = JSON.read(devset.resolve("gold.json").toString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(devset.resolve("gold.json") + ": not readable JSON", e);
        }
        Pipeline pipeline = new Pipeline(List.of(new SentenceStage(), new TokenStage(), new NameFinderStage()));
        int total = 0;
        int strict = 0;
        int lenient = 0;
        int predicted = 0;
        int unmatched = 0;
        StringBuilder misses = new StringBuilder();
        StringBuilder extra = new StringBuilder();
        for (Path file : articles(devset.resolve("articles"))) {
            String name = file.getFileName().toString();
            JsonValue entry = gold.get(name);
            if (entry == null) {
                continue;
            }
            Article a = new Article(name, file.toString(), read(file), ArticleMetadata.EMPTY);
            pipeline.process(a);
            List<String> found = new ArrayList<>();
            for (NameMention m : a.get(Layers.NAMES)) {
                if (m.type() == NameMention.NameType.PERSON) {
                    found.add(normalize(m.text()));
                }
            }
            Set<String> allGold = new HashSet<>();
            for (JsonValue p : entry.getAsObject().get("persons").getAsArray()) {
                List<String> forms = forms(p.getAsObject());
                allGold.addAll(forms);
                total++;
                if (forms.stream().anyMatch(found::contains)) {
                    strict++;
                    lenient++;
                } else if (forms.stream().anyMatch(g -> found.stream().anyMatch(f -> overlaps(f, g)))) {
                    lenient++;
                } else {
                    misses.append("  ").append(name).append(": ").append(forms.get(0)).append('\n');
                }
            }
            JsonValue credits = entry.getAsObject().get("credits");
            if (credits != null) {
                credits.getAsArray().forEach(c -> allGold.add(normalize(c.getAsString().value())));
            }
            for (String f : new HashSet<>(found)) {
                predicted++;
                if (allGold.stream().noneMatch(g -> overlaps(f, g))) {
                    unmatched++;
                    extra.append("  ").append(name).append(": ").append(f).append('\n');
                }
            }
        }
        return String.format(Locale.ROOT, "devset person recall: strict %d/%d = %.3f, lenient %d/%d = %.3f%n"
                + "distinct PERSON strings: %d, matching no gold person or credit: %d%n", strict, total,
                (double) strict / total, lenient, total, (double) lenient / total, predicted, unmatched)
                + "missed:\n" + misses + "PERSON strings matching no gold person:\n" + extra;
    }

    /**
     * Measures the stage's speed: sentences and tokens are computed first, then the stage alone
     * is timed over all articles of the directory, repeated until at least two seconds have
     * passed (after one warm-up pass).
     *
     * @param dir directory of {@code *.txt} articles
     * @return tokens per second of {@link NameFinderStage}, with the token count
     */
    public static String throughput(Path dir) {
        Pipeline tokenize = new Pipeline(List.of(new SentenceStage(), new TokenStage()));
        List<Article> articles = new ArrayList<>();
        long tokens = 0;
        for (Path file : articles(dir)) {
            Article a = new Article(file.getFileName().toString(), file.toString(), read(file), ArticleMetadata.EMPTY);
            tokenize.process(a);
            tokens += a.get(Layers.TOKENS).size();
            articles.add(a);
        }
        NameFinderStage stage = new NameFinderStage();
        runStage(stage, articles);
        long t0 = System.nanoTime();
        int passes = 0;
        do {
            runStage(stage, articles);
            passes++;
        } while (System.nanoTime() - t0 < 2_000_000_000L);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return String.format(Locale.ROOT, "NameFinderStage: %d articles, %d tokens, %d passes, %.0f tokens/s%n",
                articles.size(), tokens, passes, tokens * passes / seconds);
    }

    private static void runStage(NameFinderStage stage, List<Article> articles) {
        for (Article a : articles) {
            Article copy = new Article(a.id(), a.source(), a.text(), a.metadata());
            copy.put(Layers.TOKENS, a.get(Layers.TOKENS));
            stage.process(copy);
        }
    }

    private static boolean overlaps(String a, String b) {
        String x = " " + a + " ";
        String y = " " + b + " ";
        return x.contains(y) || y.contains(x);
    }

    private static List<String> forms(JsonObject person) {
        List<String> forms = new ArrayList<>();
        forms.add(normalize(person.get("name").getAsString().value()));
        JsonValue aliases = person.get("aliases");
        if (aliases != null) {
            aliases.getAsArray().forEach(v -> forms.add(normalize(v.getAsString().value())));
        }
        return forms;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static List<Path> articles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
