package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.parley.eval.Evaluator;
import org.parley.eval.Gold;
import org.parley.extract.PersonStage;
import org.parley.query.SavedQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley eval --gold FILE --articles DIR [--report FILE]}: measures extraction quality
 * against gold annotations (the devset's {@code gold.json} format) and prints precision, recall
 * and F1 per category, then each article's misses and false positives. See
 * {@link org.parley.eval.Evaluator} and {@link org.parley.eval.GoldMatch} for the rules.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against gold annotations (devset gold.json format).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotations (JSON).")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder with the annotated articles.")
    Path articles;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to this file.")
    Path report;

    @Option(names = "--queries", paramLabel = "DIR", description = "Saved queries folder (default: queries/, else the packaged ones).")
    Path queries;

    @Option(names = "--names", split = ",", paramLabel = "SOURCE",
            description = "Sources of person names to use, to measure what each contributes: "
                    + "${COMPLETION-CANDIDATES} (default: all).")
    java.util.Set<PersonStage.NameSource> names = java.util.EnumSet.allOf(PersonStage.NameSource.class);

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException(gold + ": gold file not found");
        }
        if (!Files.isDirectory(articles)) {
            throw new IllegalArgumentException(articles + ": not a folder");
        }
        Evaluator evaluator = new Evaluator(Gold.read(gold), articles,
                queries == null ? SavedQueries.load() : SavedQueries.load(queries), names);
        Path scratch = Files.createTempDirectory("parley-eval");
        String text;
        try {
            text = evaluator.run(scratch.resolve("store")).report();
        } finally {
            delete(scratch);
        }
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        if (report != null) {
            Files.writeString(report, text, StandardCharsets.UTF_8);
        }
        return 0;
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
