package org.parley.serve;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.parley.query.SavedQueries;

/**
 * Starts the embedded Fuseki server for a Parley store.
 *
 * <p>Dataset {@code /parley}: SPARQL query at {@code /parley/sparql} and {@code /parley/query},
 * Graph Store Protocol read at {@code /parley/get}; with update allowed also SPARQL Update at
 * {@code /parley/update} and Graph Store read-write at {@code /parley/data}. Queries time out
 * after the configured duration ({@code arq:queryTimeout} in the dataset's context). The query
 * page is at {@code /}, the explorer (when packaged) under {@code /explore/}. Stateless and
 * thread-safe; the returned server is Fuseki's.
 */
public final class ParleyServer {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "/parley";
    /** Path of the SPARQL query endpoint. */
    public static final String QUERY_ENDPOINT = DATASET + "/sparql";

    /**
     * How to serve.
     *
     * @param host        address to bind ({@code 127.0.0.1})
     * @param port        port, 0 for any free port
     * @param allowUpdate true to accept SPARQL Update and Graph Store writes
     * @param timeout     query timeout
     * @param queries     saved queries listed on the query page
     * @param explore     classpath folder served under {@code /explore/} ({@link WebServlet#EXPLORE_RESOURCES})
     */
    public record Options(String host, int port, boolean allowUpdate, Duration timeout, SavedQueries queries,
                          String explore) {
        /**
         * Options with the packaged explorer.
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
    }

    private ParleyServer() {
    }

    /**
     * Serves a dataset and starts the server.
     *
     * @param ds      the dataset (a Parley store with union default graph)
     * @param options how to serve
     * @return the started server
     * @throws IllegalStateException naming host and port when the port is already in use
     */
    public static FusekiServer start(Dataset ds, Options options) {
        DatasetGraph dsg = ds.asDatasetGraph();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.GSP_R, "get");
        if (options.allowUpdate()) {
            service.addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.GSP_RW, "data");
        }
        FusekiServer.Builder builder = FusekiServer.create().add(DATASET, service.build());
        return start(builder, options);
    }

    /**
     * Serves the datasets described by a Fuseki configuration (assembler) file.
     *
     * @param config  the configuration file
     * @param options host, port and saved queries (update and timeout come from the file)
     * @return the started server
     */
    public static FusekiServer startConfig(Path config, Options options) {
        return start(FusekiServer.create().parseConfigFile(config), options);
    }

    private static FusekiServer start(FusekiServer.Builder builder, Options options) {
        WebServlet web = new WebServlet(options.queries(), QUERY_ENDPOINT, options.explore());
        builder.port(options.port());
        for (String path : new String[] {"", "/index.html", "/queries.json", "/explore", "/explore/*"}) {
            builder.addServlet(path, web);
        }
        FusekiServer server = builder.build();
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
}
