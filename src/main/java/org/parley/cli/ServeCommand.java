package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.logging.LogCtl;
import org.apache.jena.fuseki.main.FusekiServer;
import org.parley.article.ArticleLoader;
import org.parley.query.SavedQueries;
import org.parley.serve.DirectoryWatcher;
import org.parley.serve.ParleyServer;
import org.parley.serve.RequestLogFilter;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley serve}: serves the store over SPARQL with embedded Fuseki (see
 * {@link ParleyServer}) until the process is stopped. With no store yet it first builds
 * {@code seeds/} (or the {@code --build} paths; with {@code --build} it always builds first).
 * With {@code --watch DIR} it builds new and changed articles of DIR into the served store while
 * serving (see {@link DirectoryWatcher}): the one process is the store's only writer, and each
 * article is written in one transaction, so readers see it whole or not at all. While it serves a
 * store it records its endpoint beside it ({@link EndpointFile}), so that {@code query} and
 * {@code export} read through the server. The server logs one line per request; with {@code -v}
 * also each query's text. Not thread-safe (picocli fills it once per command line).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over SPARQL (query page at /, endpoint at /parley/sparql).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--build", paramLabel = "PATH", arity = "1..*",
            description = "Build these articles into the store before serving.")
    List<Path> build;

    @Option(names = "--allow-update", description = "Accept SPARQL Update (/parley/update) and Graph Store writes"
            + " (/parley/data) from users of --password-file (HTTP basic authentication).")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' line each (Jetty format; MD5:/CRYPT: hashes"
                    + " accepted). Required by --allow-update.")
    Path passwordFile;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Watch DIR and build new or changed articles into the served store while serving.")
    Path watch;

    @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds between looks at the --watch folder (default: ${DEFAULT-VALUE}).")
    double watchInterval;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body or query string (default: ${DEFAULT-VALUE}); larger gets HTTP 413/414.")
    long maxBody;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "Largest result in rows or triples (default: ${DEFAULT-VALUE}); larger gets HTTP 422.")
    long maxRows;

    @Option(names = "--cache-mib", paramLabel = "MIB", defaultValue = "256",
            description = "Memory for the result cache of read queries, in MiB (default: ${DEFAULT-VALUE}; 0 turns it"
                    + " off). Answers are kept until the next write to the store; the saved queries are prewarmed.")
    long cacheMib;

    @Option(names = "--prewarm-timeout", paramLabel = "SECONDS",
            description = "Query timeout of the cache's background prewarm of the saved queries (default: --timeout)."
                    + " Raise it on a large store whose saved queries take longer than --timeout uncached.")
    Integer prewarmTimeout;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "Origins whose web pages may query the endpoint (CORS), e.g. https://app.example.org,"
                    + " or * for any (default: none, CORS off).")
    List<String> cors;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Serve the datasets of a Fuseki configuration file instead (e.g. fuseki-config/config.ttl).")
    Path config;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of saved queries for the query page (default: queries/, else the packaged copy).")
    Path queries;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (port < 0 || port > 65535 || timeout < 1) {
            throw new CommandLine.ParameterException(cl, "--port must be 0-65535 and --timeout at least 1");
        }
        if (maxBody < 1 || maxRows < 1 || watchInterval <= 0) {
            throw new CommandLine.ParameterException(cl, "--max-body, --max-rows and --watch-interval must be positive");
        }
        if (prewarmTimeout != null && prewarmTimeout < 1) {
            throw new CommandLine.ParameterException(cl, "--prewarm-timeout must be at least 1 second");
        }
        if (cacheMib < 0 || cacheMib > (Long.MAX_VALUE >> 20)) {
            throw new CommandLine.ParameterException(cl, "--cache-mib must be 0 (off) or a positive number of MiB");
        }
        if (config != null && (build != null || allowUpdate || watch != null)) {
            throw new CommandLine.ParameterException(cl, "--config cannot be combined with --build, --watch or"
                    + " --allow-update (the configuration file decides what is served)");
        }
        if (allowUpdate && passwordFile == null) {
            throw new CommandLine.ParameterException(cl, "--allow-update needs --password-file FILE ('user: password'"
                    + " lines): writes are only accepted from authenticated users");
        }
        if (watch != null && !Files.isDirectory(watch)) {
            throw new IllegalArgumentException(watch + ": no such folder to watch");
        }
        if (verbose.verbose) {
            LogCtl.setLevel(RequestLogFilter.LOGGER, "DEBUG");
        }
        SavedQueries saved = SavedQueries.load(queries);
        ParleyServer.Options options = new ParleyServer.Options(host, port, allowUpdate, Duration.ofSeconds(timeout), saved)
                .withLimits(maxBody, maxRows)
                .withPasswordFile(passwordFile)
                .withCors(cors == null ? List.of() : cors)
                .withCache(cacheMib << 20)
                .withPrewarmTimeout(prewarmTimeout == null ? null : Duration.ofSeconds(prewarmTimeout));
        if (allowUpdate && !isLoopback(host)) {
            cl.getErr().println("parley: warning: updates are allowed on " + host + " over plain HTTP; basic"
                    + " authentication sends passwords readable by anyone on the network path");
            cl.getErr().flush();
        }
        if (config != null) {
            if (!Files.isReadable(config)) {
                throw new IllegalArgumentException(config + ": no such configuration file");
            }
            FusekiServer server = ParleyServer.startConfig(config, options);
            announce(cl, server, "configuration " + config);
            server.join();
            return 0;
        }
        ParleyStore s = ParleyStore.open(storeOption.dir());
        boolean ok = true;
        try {
            if (build != null || (watch == null && !hasArticles(s))) {
                List<Path> inputs = build != null ? build : List.of(Path.of("seeds"));
                ok = StoreBuild.run(inputs, s, ArticleLoader.DEFAULT_MAX_BYTES, StoreBuild.defaultThreads(),
                        cl.getOut(), cl.getErr());
            }
            FusekiServer server = ParleyServer.start(s.dataset(), options);
            DirectoryWatcher watcher = watch == null ? null : new DirectoryWatcher(watch,
                    Duration.ofMillis((long) (watchInterval * 1000)),
                    d -> StoreBuild.run(List.of(d), s, ArticleLoader.DEFAULT_MAX_BYTES, StoreBuild.defaultThreads(),
                            cl.getOut(), cl.getErr()),
                    m -> {
                        cl.getErr().println("parley: " + m);
                        cl.getErr().flush();
                    });
            String recorded = record(cl, server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (watcher != null) {
                    watcher.close();
                }
                server.stop();
                s.close();
                EndpointFile.remove(storeOption.dir(), recorded);
            }, "parley-shutdown"));
            announce(cl, server, "store " + storeOption.dir() + (allowUpdate ? " (updates allowed)" : " (read-only)"));
            if (watcher != null) {
                watcher.start();
                cl.getOut().println("Watching " + watch + " for new or changed articles.");
                cl.getOut().flush();
            }
            server.join();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return ok ? 0 : Main.EXIT_DATA;
    }

    private static boolean isLoopback(String h) {
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }

    private static boolean hasArticles(ParleyStore s) {
        return !s.contentHashes().isEmpty();
    }

    /**
     * Records the endpoint beside the store ({@link EndpointFile}), for {@code query} and {@code export}
     * while this server holds the store; a wildcard address is recorded as the loopback one.
     *
     * @return the endpoint recorded
     */
    private String record(CommandLine cl, FusekiServer server) {
        String local = host.equals("0.0.0.0") ? "127.0.0.1" : host.equals("::") || host.equals("[::]") ? "::1" : host;
        String endpoint = base(local, server) + ParleyServer.QUERY_ENDPOINT;
        try {
            EndpointFile.write(storeOption.dir(), endpoint);
        } catch (IOException e) {
            cl.getErr().println("parley: warning: cannot record the endpoint in " + EndpointFile.of(storeOption.dir())
                    + " (" + e.getMessage() + "); other commands need --endpoint " + endpoint);
            cl.getErr().flush();
        }
        return endpoint;
    }

    private static String base(String address, FusekiServer server) {
        String h = address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
        return "http://" + h + ":" + server.getPort();
    }

    private void announce(CommandLine cl, FusekiServer server, String what) {
        String base = base(host, server);
        cl.getOut().println("Serving " + what);
        cl.getOut().println("  query page:      " + base + "/");
        cl.getOut().println("  SPARQL endpoint: " + base + ParleyServer.QUERY_ENDPOINT);
        cl.getOut().println("Press Ctrl-C to stop.");
        cl.getOut().flush();
    }
}
