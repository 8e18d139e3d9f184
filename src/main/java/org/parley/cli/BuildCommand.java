package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.Exporter;
import org.parley.export.Exporters;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley build [PATH...] [--store DIR] [--out FILE]}: reads articles and builds them into
 * the store, skipping unchanged ones; prints each problem once and a summary; exit 1 when any
 * input was bad (the good articles are built all the same).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build articles (.txt, .html and .htm files, .warc and .warc.gz archives, .rss and .atom"
                + " feeds, and folders of them, with optional metadata.csv) into the store.")
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files (.txt .html .htm .warc .warc.gz .rss .atom, or a feed .xml) and folders,"
                    + " walked recursively (default: seeds/).")
    List<Path> paths;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--counts", description = "Count the store's triples and entities per class for the summary"
            + " even when the store is over 1 GiB on disk (counting walks the whole store: seconds to a minute at"
            + " 100,000 articles).")
    boolean counts;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Also write the whole dataset to FILE; format by extension (.trig .nq .ttl .nt .jsonld .rdf).")
    Path out;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
            description = "Largest article file accepted, in megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--report", paramLabel = "FILE", description = "Also list what became of each input record"
            + " (article, not an article, not English, duplicate, unreadable, not about negotiations) in FILE,"
            + " tab-separated.")
    Path report;

    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads (default: cores, at most 4).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Exporter exporter = null;
        if (out != null) {
            exporter = Exporters.byFile(out).orElseThrow(() -> new CommandLine.ParameterException(cl,
                    "--out " + out + ": unknown extension; use one of .trig .nq .ttl .nt .jsonld .rdf"));
        }
        if (maxSizeMb <= 0 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(cl, "--max-size and --threads must be positive");
        }
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Path.of("seeds")) : paths;
        long maxBytes = (long) (maxSizeMb * 1024 * 1024);
        try (ParleyStore s = ParleyStore.open(storeOption.dir())) {
            boolean ok = StoreBuild.run(inputs, s, maxBytes, threads == null ? StoreBuild.defaultThreads() : threads,
                    counts ? Long.MAX_VALUE : StoreBuild.COUNT_LIMIT_BYTES, report, cl.getOut(), cl.getErr());
            if (exporter != null) {
                Exporters.export(s.dataset(), exporter, out);
                cl.getOut().println("wrote " + out);
                cl.getOut().flush();
            }
            return ok ? 0 : Main.EXIT_DATA;
        }
    }
}
