package org.parley.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.TxnType;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.eclipse.jetty.security.PropertyUserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.parley.query.SavedQueries;

/**
 * Starts the embedded Fuseki server for a Parley store.
 *
 * <p>Dataset {@code /parley}: SPARQL query at {@code /parley/sparql} and {@code /parley/query},
 * Graph Store Protocol read at {@code /parley/get}; with update allowed also SPARQL Update at
 * {@code /parley/update} and Graph Store read-write at {@code /parley/data}, both behind HTTP
 * basic authentication against a password file (reads stay open). The query page is at
 * {@code /}, the explorer (when packaged) under {@code /explore/}.
 *
 * <p>Defences, all on by default: queries time out ({@code arq:queryTimeout}); request bodies and
 * query strings are limited ({@link RequestLimitFilter}); results are limited
 * ({@link LimitedQueryService}); {@code SERVICE} calls to other servers are refused
 * ({@code arq:httpServiceAllowed false}, set JVM-wide as the server owns its process) and
 * JavaScript SPARQL functions stay disabled; a query with {@code ORDER BY} and {@code LIMIT} (plus
 * {@code OFFSET}) up to the result limit keeps only that many rows while sorting (ARQ's top-N,
 * whose default threshold of 1,000 rows made {@code LIMIT 1000} sort every solution in memory,
 * also set JVM-wide); CORS is off unless origins are given; the server
 * binds the given host only ({@code 127.0.0.1} by default); every response carries the browser
 * security headers and TRACE is refused ({@link SecurityHeadersFilter}). {@link JoinCloseGuard} works around a
 * Jena defect that failed some queries with HTTP 500. Requests are logged one line each
 * ({@link RequestLogFilter}).
 *
 * <p>Result cache (TDB2 store, {@link Options#cacheBytes()} above 0): read queries are answered
 * from a {@link ResultCache} through a {@link CachingFilter}; every write transaction committed
 * on the store, whoever makes it (SPARQL Update, Graph Store writes, {@code serve --watch}
 * builds, any code in this process), advances TDB2's data version, which the cache reads before
 * each lookup (and the prewarmer every {@value CachePrewarmer#POLL_MILLIS} ms): a new version
 * starts a new generation and empties the cache, and a {@link CachePrewarmer} then recomputes
 * the saved queries' answers in the background. Not used
 * for a configuration file, whose datasets and access rules the server does not know.
 *
 * <p>Stateless and thread-safe; the returned server is Fuseki's.
 */
public final class ParleyServer {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "/parley";
    /** Path of the SPARQL query endpoint. */
    public static final String QUERY_ENDPOINT = DATASET + "/sparql";
    /** Default request body limit: 1 MiB. */
    public static final long DEFAULT_MAX_BODY = 1L << 20;
    /** Default result limit: 100,000 rows or triples. */
    public static final long DEFAULT_MAX_ROWS = 100_000;
    /** Default memory for the result cache: 256 MiB. */
    public static final long DEFAULT_CACHE_BYTES = 256L << 20;
    /** Time without writes before the saved queries are prewarmed again. */
    public static final Duration PREWARM_QUIET = Duration.ofSeconds(1);
    /** Jetty server attribute holding the {@link ResultCache}, when there is one. */
    private static final String CACHE_ATTRIBUTE = "org.parley.resultCache";
    /** Jetty server attribute holding the {@link CachePrewarmer}, when there is one. */
    private static final String PREWARMER_ATTRIBUTE = "org.parley.prewarmer";

    /**
     * How to serve.
     *
     * @param host         address to bind ({@code 127.0.0.1})
     * @param port         port, 0 for any free port
     * @param allowUpdate  true to accept SPARQL Update and Graph Store writes (needs a password file)
     * @param timeout      query timeout
     * @param queries      saved queries listed on the query page
     * @param explore      classpath folder served under {@code /explore/} ({@link WebServlet#EXPLORE_RESOURCES})
     * @param maxBodyBytes largest request body or query string, in bytes
     * @param maxRows      largest result, in rows or triples
     * @param passwordFile Jetty password file ({@code user: password} lines) for the write endpoints, or null
     * @param corsOrigins  origins allowed to call the endpoint from a browser ({@code *} for any); empty: CORS off
     * @param cacheBytes   memory for the result cache ({@link ResultCache}), in bytes; 0 turns it off
     * @param prewarmTimeout query timeout of the cache's prewarm requests ({@link CachePrewarmer}), at least
     *                     {@code timeout}; null for {@code timeout}
     */
    public record Options(String host, int port, boolean allowUpdate, Duration timeout, SavedQueries queries,
                          String explore, long maxBodyBytes, long maxRows, Path passwordFile, List<String> corsOrigins,
                          long cacheBytes, Duration prewarmTimeout) {
        /** Checks the limits and copies the origins. */
        public Options {
            if (maxBodyBytes < 1 || maxRows < 1) {
                throw new IllegalArgumentException("request and result limits must be positive");
            }
            if (cacheBytes < 0) {
                throw new IllegalArgumentException("cache size must not be negative");
            }
            if (prewarmTimeout == null || prewarmTimeout.compareTo(timeout) < 0) {
                prewarmTimeout = timeout;
            }
            corsOrigins = List.copyOf(corsOrigins);
        }

        /**
         * Options with the packaged explorer, default limits, no password file and CORS off.
         *
         * @param host        address to bind
         * @param port        port, 0 for any free port
         * @param allowUpdate true to accept writes
         * @param timeout     query timeout
         * @param queries     saved queries
         */
        public Options(String host, int port, boolean allowUpdate, Duration timeout, SavedQueries queries) {
            this(host, port, allowUpdate, timeout, queries, WebServlet.EXPLORE_RESOURCES);
        }

        /**
         * Options with default limits, no password file and CORS off.
         *
         * @param host        address to bind
         * @param port        port, 0 for any free port
         * @param allowUpdate true to accept writes
         * @param timeout     query timeout
         * @param queries     saved queries
         * @param explore     classpath folder of the explorer
         */
        public Options(String host, int port, boolean allowUpdate, Duration timeout, SavedQueries queries,
                       String explore) {
            this(host, port, allowUpdate, timeout, queries, explore, DEFAULT_MAX_BODY, DEFAULT_MAX_ROWS, null, List.of(),
                    DEFAULT_CACHE_BYTES, null);
        }

        /**
         * @param maxBody largest request body, in bytes
         * @param rows    largest result, in rows or triples
         * @return these options with other limits
         */
        public Options withLimits(long maxBody, long rows) {
            return new Options(host, port, allowUpdate, timeout, queries, explore, maxBody, rows, passwordFile, corsOrigins,
                    cacheBytes, prewarmTimeout);
        }

        /**
         * @param file the password file for the write endpoints
         * @return these options with it
         */
        public Options withPasswordFile(Path file) {
            return new Options(host, port, allowUpdate, timeout, queries, explore, maxBodyBytes, maxRows, file, corsOrigins,
                    cacheBytes, prewarmTimeout);
        }

        /**
         * @param origins origins allowed by CORS ({@code *} for any)
         * @return these options with them
         */
        public Options withCors(List<String> origins) {
            return new Options(host, port, allowUpdate, timeout, queries, explore, maxBodyBytes, maxRows, passwordFile, origins,
                    cacheBytes, prewarmTimeout);
        }

        /**
         * @param bytes memory for the result cache, in bytes; 0 turns it off
         * @return these options with it
         */
        public Options withCache(long bytes) {
            return new Options(host, port, allowUpdate, timeout, queries, explore, maxBodyBytes, maxRows, passwordFile,
                    corsOrigins, bytes, prewarmTimeout);
        }

        /**
         * @param prewarm query timeout of the cache's prewarm requests (raised to {@code timeout} when shorter)
         * @return these options with it
         */
        public Options withPrewarmTimeout(Duration prewarm) {
            return new Options(host, port, allowUpdate, timeout, queries, explore, maxBodyBytes, maxRows, passwordFile,
                    corsOrigins, cacheBytes, prewarm);
        }
    }

    private ParleyServer() {
    }

    /**
     * Serves a dataset and starts the server.
     *
     * @param ds      the dataset (a Parley store with union default graph)
     * @param options how to serve
     * @return the started server
     * @throws IllegalArgumentException when update is allowed without a readable password file
     * @throws IllegalStateException naming host and port when the port is already in use
     */
    public static FusekiServer start(Dataset ds, Options options) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Context cx = dsg.getContext();
        cx.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        cx.set(ARQ.httpServiceAllowed, false);
        JoinCloseGuard.install(cx);
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder builder = FusekiServer.create();
        PropertyUserStore users = null;
        if (options.allowUpdate()) {
            Path passwords = options.passwordFile();
            if (passwords == null) {
                throw new IllegalArgumentException("updates need a password file (--password-file FILE with"
                        + " 'user: password' lines): writes are only accepted from authenticated users");
            }
            if (!Files.isReadable(passwords)) {
                throw new IllegalArgumentException(passwords + ": password file not found or not readable");
            }
            users = userStore(passwords);
            builder.securityHandler(JettySecurityLib.makeSecurityHandler("parley", users, AuthScheme.BASIC))
                    .auth(AuthScheme.BASIC).realm("parley");
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                    .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        }
        builder.add(DATASET, service.build());
        if (options.cacheBytes() == 0 || !TDBInternal.isTDB2(dsg)) {
            return stopsWith(start(builder, options, null, null), users);
        }
        ResultCache cache = new ResultCache(options.cacheBytes(), () -> dataVersion(dsg));
        String token = UUID.randomUUID().toString();
        FusekiServer server = stopsWith(start(builder, options, cache,
                new CachingFilter(cache, Set.of(DATASET, QUERY_ENDPOINT, DATASET + "/query"), token)), users);
        String host = options.host().equals("0.0.0.0") || options.host().equals("::") || options.host().equals("[::]")
                ? "127.0.0.1" : options.host().contains(":") && !options.host().startsWith("[")
                ? "[" + options.host() + "]" : options.host();
        CachePrewarmer prewarmer = new CachePrewarmer(
                URI.create("http://" + host + ":" + server.getHttpPort() + QUERY_ENDPOINT), token,
                options.queries().all(), cache, PREWARM_QUIET, options.prewarmTimeout().plusSeconds(30));
        server.getJettyServer().addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStopping(LifeCycle event) {
                prewarmer.close();
            }
        });
        server.getJettyServer().setAttribute(PREWARMER_ATTRIBUTE, prewarmer);
        prewarmer.start();
        return server;
    }

    /**
     * The users of a password file, reloaded when the file changes (as Fuseki's own password file
     * support does), in a store that {@link #stopsWith} stops with the server: Fuseki's own is
     * never stopped and keeps scanning the file after the server has gone.
     */
    private static PropertyUserStore userStore(Path passwords) {
        PropertyUserStore users = new PropertyUserStore();
        users.setConfig(ResourceFactory.root().newResource(passwords));
        users.setReloadInterval(5);
        try {
            users.start();
        } catch (Exception e) {
            throw new IllegalArgumentException(passwords + ": cannot read the password file (" + e.getMessage() + ")",
                    e);
        }
        return users;
    }

    private static FusekiServer stopsWith(FusekiServer server, PropertyUserStore users) {
        if (users != null) {
            server.getJettyServer().addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStopped(LifeCycle event) {
                    LifeCycle.stop(users);
                }
            });
        }
        return server;
    }

    /**
     * @param server a server started by this class
     * @return its result cache, or empty when it has none (cache off, configuration file, not TDB2)
     */
    public static Optional<ResultCache> cache(FusekiServer server) {
        return Optional.ofNullable((ResultCache) server.getJettyServer().getAttribute(CACHE_ATTRIBUTE));
    }

    /**
     * Reads TDB2's data version, which every committed write transaction advances: the version a
     * read transaction begun now sees.
     */
    private static long dataVersion(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb.isInTransaction()) {
            return tdb.getTxnSystem().getThreadTransaction().getDataVersion();
        }
        tdb.begin(TxnType.READ);
        try {
            return tdb.getTxnSystem().getThreadTransaction().getDataVersion();
        } finally {
            tdb.end();
        }
    }

    /**
     * @param server a server started by this class
     * @return its prewarmer, or empty when it has no result cache
     */
    public static Optional<CachePrewarmer> prewarmer(FusekiServer server) {
        return Optional.ofNullable((CachePrewarmer) server.getJettyServer().getAttribute(PREWARMER_ATTRIBUTE));
    }

    /**
     * Serves the datasets described by a Fuseki configuration (assembler) file.
     *
     * @param config  the configuration file
     * @param options host, port, limits, CORS and saved queries (update, authentication and timeout
     *                come from the file)
     * @return the started server
     */
    public static FusekiServer startConfig(Path config, Options options) {
        return start(FusekiServer.create().parseConfigFile(config), options, null, null);
    }

    private static FusekiServer start(FusekiServer.Builder builder, Options options, ResultCache cache,
                                      CachingFilter caching) {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        ARQ.getContext().set(ARQ.topNSortingThreshold, options.maxRows());
        JoinCloseGuard.install(null);
        System.clearProperty(ARQ.systemPropertyScripting);
        builder.registerOperation(Operation.Query, new LimitedQueryService(options.maxRows(),
                cache == null ? null : options.prewarmTimeout()));
        builder.addFilter("/*", new RequestLogFilter());
        builder.addFilter("/*", new SecurityHeadersFilter());
        builder.addFilter("/*", new RequestLimitFilter(options.maxBodyBytes()));
        if (caching != null) {
            builder.addFilter("/*", caching);
        }
        if (options.corsOrigins().isEmpty()) {
            builder.enableCors(false, null);
        } else {
            builder.enableCors(true, corsFile(options.corsOrigins()).toString());
        }
        WebServlet web = new WebServlet(options.queries(), QUERY_ENDPOINT, options.explore());
        builder.port(options.port());
        for (String path : new String[] {"", "/index.html", "/queries.json", "/explore", "/explore/*", "/query/*"}) {
            builder.addServlet(path, web);
        }
        FusekiServer server = builder.build();
        if (cache != null) {
            server.getJettyServer().setAttribute(CACHE_ATTRIBUTE, cache);
        }
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        try {
            return server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
                            + ": port already in use (is another 'parley serve' running? use --port)", e);
                }
            }
            throw new IllegalStateException("cannot start the server on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Writes Fuseki's CORS settings (a properties file) for the allowed origins. */
    private static Path corsFile(List<String> origins) {
        try {
            Path f = Files.createTempFile("parley-cors", ".properties");
            f.toFile().deleteOnExit();
            Files.writeString(f, "allowedOrigins=" + String.join(",", origins) + "\n"
                    + "allowedMethods=GET,POST,HEAD,OPTIONS\n"
                    + "allowedHeaders=X-Requested-With,Content-Type,Accept,Origin,Authorization\n"
                    + "exposedHeaders=Content-Type,Content-Length\n"
                    + "chainPreflight=false\n");
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CORS settings: " + e.getMessage(), e);
        }
    }
}
