package org.parley.query;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Copies the named graphs a SPARQL endpoint serves into an in-memory dataset, so that the exports
 * written from a store can be written from an endpoint too. A Parley (or Fuseki) endpoint at
 * {@code …/parley/sparql} is read in one request from its dataset's Graph Store Protocol read
 * endpoint ({@code …/parley/get}, N-Quads); any other endpoint, or one without that, is read with
 * SPARQL {@code SELECT ?g ?s ?p ?o}, {@value #PAGE} rows a request. Stateless and thread-safe.
 */
public final class RemoteDataset {
    /** Rows a paged SELECT asks for at a time: below the default result limit of {@code parley serve}. */
    static final int PAGE = 50_000;
    private static final String QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }";

    private RemoteDataset() {
    }

    /**
     * Reads every named graph the endpoint serves.
     *
     * @param endpoint the SPARQL endpoint URL
     * @return a new transactional in-memory dataset holding the endpoint's named graphs
     * @throws IllegalStateException naming the endpoint when it cannot be read
     */
    public static Dataset fetch(String endpoint) {
        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph copy = ds.asDatasetGraph();
        Txn.executeWrite(ds, () -> {
            if (!fromGraphStore(endpoint, copy)) {
                fromSelect(endpoint, copy);
            }
        });
        return ds;
    }

    /** @return the Graph Store Protocol read endpoint beside a Parley SPARQL endpoint, or null */
    static String graphStoreOf(String endpoint) {
        for (String suffix : new String[] {"/sparql", "/query"}) {
            if (endpoint.endsWith(suffix)) {
                return endpoint.substring(0, endpoint.length() - suffix.length()) + "/get";
            }
        }
        return null;
    }

    private static boolean fromGraphStore(String endpoint, DatasetGraph copy) {
        String gsp = graphStoreOf(endpoint);
        if (gsp == null) {
            return false;
        }
        try {
            DSP.service(gsp).GET().find().forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    copy.add(q);
                }
            });
            return true;
        } catch (HttpException e) {
            return false;
        }
    }

    private static IllegalStateException unreadable(String endpoint, int status, RuntimeException e) {
        return new IllegalStateException("endpoint " + endpoint + ": cannot read its graphs ("
                + (status > 0 ? "HTTP " + status + " " : "") + e.getMessage() + ")", e);
    }

    private static void fromSelect(String endpoint, DatasetGraph copy) {
        for (long offset = 0; ; offset += PAGE) {
            int rows = 0;
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                    .query(QUADS + " LIMIT " + PAGE + " OFFSET " + offset).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    copy.add(Quad.create(s.get("g").asNode(), s.get("s").asNode(), s.get("p").asNode(), s.get("o").asNode()));
                    rows++;
                }
            } catch (HttpException e) {
                throw unreadable(endpoint, e.getStatusCode(), e);
            } catch (QueryExceptionHTTP e) {
                throw unreadable(endpoint, e.getStatusCode(), e);
            }
            if (rows < PAGE) {
                return;
            }
        }
    }
}
