package org.parley.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.bench.Benchmark;
import org.parley.bench.ScaleCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench [--articles N]}: generates a scale corpus, runs the OpenNLP reference pass,
 * builds, serves and loads the store, adds one article and rebuilds; writes
 * {@code results.json} and {@code results.md} (see {@link Benchmark}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: generate a corpus, build, serve and load it; writes OUT/results.json and results.md.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "" + ScaleCorpus.DEFAULT_SEED,
            description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Output folder: corpus, store, results (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Build threads (default: cores, at most 4).")
    Integer threads;

    @Option(names = "--reference-articles", paramLabel = "N", defaultValue = "0",
            description = "Articles the reference pass reads (default: all).")
    int referenceArticles;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32",
            description = "Concurrent clients of the load test (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--load-seconds", defaultValue = "10",
            description = "Time budget per query and client count (default: ${DEFAULT-VALUE}).")
    int loadSeconds;

    @Option(names = "--requests", defaultValue = "200",
            description = "Request budget per query and client count (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--page-rows", paramLabel = "N", defaultValue = "1000",
            description = "A saved query whose whole answer the server refuses (over --max-rows) or cannot give in the"
                    + " timeout is measured on its first page, with LIMIT N appended; 0 does not (default: ${DEFAULT-VALUE}).")
    int pageRows;

    @Option(names = "--query-timeout", defaultValue = "60",
            description = "Server query timeout in seconds; timed-out requests count as errors (default: ${DEFAULT-VALUE}).")
    int queryTimeout;

    @Option(names = "--cache-mib", paramLabel = "MIB", defaultValue = "256",
            description = "The server's result cache in MiB, as serve --cache-mib (default: ${DEFAULT-VALUE}); 0 measures"
                    + " every query uncached. With the cache, the load starts once the saved queries are prewarmed.")
    long cacheMib;

    @Option(names = "--prewarm-timeout", paramLabel = "SECONDS",
            description = "Query timeout of the cache's prewarm, as serve --prewarm-timeout (default: --query-timeout).")
    Integer prewarmTimeout;

    @Option(names = "--reuse-store", description = "When OUT holds a built store, skip the reference pass and the build;"
            + " measure queries, adding one article and rebuilding on it.")
    boolean reuseStore;

    @Override
    public Integer call() throws Exception {
        CommandLine cl = spec.commandLine();
        if (articles < 1 || loadSeconds < 1 || requests < 1 || (threads != null && threads < 1)
                || clients.stream().anyMatch(c -> c < 1) || cacheMib < 0 || pageRows < 0) {
            throw new CommandLine.ParameterException(cl, "--articles, --threads, --clients, --load-seconds and"
                    + " --requests must be positive, --cache-mib and --page-rows at least 0");
        }
        new Benchmark(new Benchmark.Options(articles, seed, out, threads == null ? StoreBuild.defaultThreads() : threads,
                referenceArticles, clients, Duration.ofSeconds(loadSeconds), requests, pageRows,
                Duration.ofSeconds(queryTimeout), reuseStore,
                cacheMib << 20, prewarmTimeout == null ? null : Duration.ofSeconds(prewarmTimeout)),
                cl.getOut())
                .run();
        String stem = reuseStore ? "results-reuse" : "results";
        cl.getOut().println("wrote " + out.resolve(stem + ".json") + " and " + out.resolve(stem + ".md"));
        cl.getOut().flush();
        return 0;
    }
}
