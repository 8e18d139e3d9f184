package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.eval.DistractorScore;
import org.parley.eval.Evaluator;
import org.parley.eval.ReferenceScore;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval --gold FILE --articles DIR [--sources TSV]}: the reference scorer's figures
 * ({@code ../shared/scoring/score.py}) computed in one process: each article built alone with its
 * publication date, the saved queries read back and matched against the gold; prints the
 * scorer's lines, then every miss and false positive. {@code parley eval --distractors DIR}
 * counts the rounds and delegations read back from news without talks, as {@code distract.py}
 * does. See {@link org.parley.eval.Evaluator}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction as the reference scorer does (gold set or distractors).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", description = "Gold annotations (gold.json).")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder with the gold's articles.")
    Path articles;

    @Option(names = "--distractors", paramLabel = "DIR",
            description = "Folder of news without diplomatic talks: count the invented rounds and delegations.")
    Path distractors;

    @Option(names = "--sources", paramLabel = "TSV",
            description = "Publication dates (sources.tsv; default: sources.tsv beside the articles folder).")
    Path sources;

    @Option(names = "--work", paramLabel = "DIR", description = "Keep each article's input, store and query"
            + " output here, and write misses.txt (default: a temporary folder, deleted).")
    Path work;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to this file.")
    Path report;

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries folder (default: queries/, else the packaged ones).")
    Path queries;

    @Option(names = "--names", split = ",", paramLabel = "SOURCE",
            description = "Sources of person names to use, to measure what each contributes: "
                    + "${COMPLETION-CANDIDATES} (default: all).")
    Set<PersonStage.NameSource> names = EnumSet.allOf(PersonStage.NameSource.class);

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        boolean scoring = gold != null || articles != null;
        if (scoring == (distractors != null) || scoring && (gold == null || articles == null)) {
            throw new CommandLine.ParameterException(cl, "give --gold FILE and --articles DIR, or --distractors DIR");
        }
        Path dir = scoring ? articles : distractors;
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder");
        }
        if (scoring && !Files.isRegularFile(gold)) {
            throw new IllegalArgumentException(gold + ": gold file not found");
        }
        Path tsv = sources != null ? sources : defaultSources(dir);
        Evaluator evaluator = new Evaluator(queries == null ? SavedQueries.load() : SavedQueries.load(queries), names);
        Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("parley-eval");
        String text;
        try {
            text = scoring ? scoreReport(evaluator, tsv, scratch) : distractorReport(evaluator, tsv, scratch);
        } finally {
            if (work == null) {
                delete(scratch);
            }
        }
        cl.getOut().print(text);
        cl.getOut().flush();
        if (report != null) {
            Files.writeString(report, text, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private String scoreReport(Evaluator evaluator, Path tsv, Path scratch) throws IOException {
        ReferenceScore s = evaluator.score(gold, articles, tsv, scratch, work != null);
        String where = work != null ? work.resolve("misses.txt").toString() : "the lines below";
        if (work != null) {
            Files.writeString(work.resolve("misses.txt"), s.missLines(), StandardCharsets.UTF_8);
        }
        return s.report(where) + "\nMisses and false positives (FN = in the gold, not found; FP = found, not in"
                + " the gold)\n" + s.missLines();
    }

    private String distractorReport(Evaluator evaluator, Path tsv, Path scratch) throws IOException {
        DistractorScore s = evaluator.distractors(distractors, tsv, scratch, work != null);
        if (work != null) {
            Files.writeString(work.resolve("misses.txt"), s.missLines(), StandardCharsets.UTF_8);
        }
        return s.report();
    }

    /** The set layout: {@code SET/articles/} beside {@code SET/sources.tsv}. */
    private static Path defaultSources(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return parent == null ? null : parent.resolve("sources.tsv");
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
