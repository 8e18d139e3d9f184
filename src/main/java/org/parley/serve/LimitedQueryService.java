package org.parley.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query service with a cap on the size of a result: a SELECT with more than
 * {@code maxRows} rows, or a CONSTRUCT/DESCRIBE with more than {@code maxRows} triples or quads,
 * is answered with {@value #STATUS} and a message naming the limit instead of a truncated result.
 * Rows are gathered before anything is sent (at most {@code maxRows + 1}), so the status can still
 * change; the query timeout keeps running meanwhile. The server's own prewarm requests (see
 * {@link CachePrewarmer}) may be given a longer timeout than clients'. The number of rows or
 * triples sent goes to the request log ({@link RequestLogFilter#ROWS_ATTRIBUTE}).
 *
 * <p>Failures a public endpoint meets every day are answered with a one-line message and no stack
 * trace in the log: a query that does not parse gets 400 with the parser's first line; one nested
 * so deeply that parsing or evaluating it overflows the stack gets 400; a timeout gets 503; unknown
 * request parameters are ignored without a warning each.
 * Thread-safe (immutable state; Fuseki calls it from many request threads).
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {
    /** HTTP status for a result over the limit (422 Unprocessable Content). */
    public static final int STATUS = 422;

    private final long maxRows;
    private final Duration prewarmTimeout;

    /** @param maxRows the largest result sent, in rows (SELECT) or triples/quads (graph results) */
    public LimitedQueryService(long maxRows) {
        this(maxRows, null);
    }

    /**
     * @param maxRows        the largest result sent, in rows (SELECT) or triples/quads (graph results)
     * @param prewarmTimeout query timeout of the server's own prewarm requests (marked by
     *                       {@link CachingFilter#PREWARM_ATTRIBUTE}), or null to treat them like any other
     */
    public LimitedQueryService(long maxRows, Duration prewarmTimeout) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("result size limit must be positive");
        }
        this.maxRows = maxRows;
        this.prewarmTimeout = prewarmTimeout;
    }

    /**
     * Parses the query first, so that a parse error is answered with one line (Fuseki's own answer
     * repeats the query and logs a warning), then runs it as Fuseki does.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        RequestLogFilter.query(action.getRequest(), queryString);
        try {
            parse(queryString);
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("query is nested too deeply for this server; flatten its groups");
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "query timed out (the server's limit, parley serve"
                    + " --timeout); narrow the query or add LIMIT");
        }
    }

    private static void parse(String queryString) {
        if (queryString == null || queryString.isBlank()) {
            return;
        }
        try {
            QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("query parse error: " + firstLine(e.getMessage()));
        } catch (QueryException e) {
            ServletOps.errorBadRequest("query error: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no detail)";
        }
        String first = message.strip().split("\\R", 2)[0];
        return first.length() > 300 ? first.substring(0, 300) + "…" : first;
    }

    /**
     * No list of accepted parameters: unknown parameters are ignored, as before, but without
     * Fuseki's warning per parameter (a query string may hold thousands).
     */
    @Override
    protected Collection<String> acceptedParams(HttpAction action) {
        return null;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        if (prewarmTimeout != null && action.getRequest().getAttribute(CachingFilter.PREWARM_ATTRIBUTE) != null) {
            action.getContext().set(ARQ.queryTimeout, Long.toString(prewarmTimeout.toMillis()));
        }
        return super.createQueryExec(action, query, dsg);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        QueryExecResult checked = result;
        if (result.isRowSet()) {
            RowSet rows = result.rowSet();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                kept.add(rows.next());
                if (kept.size() > maxRows) {
                    tooLarge("rows");
                }
            }
            checked = new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
            action.getRequest().setAttribute(RequestLogFilter.ROWS_ATTRIBUTE, kept.size());
        } else if (result.isGraph()) {
            if (result.graph().size() > maxRows) {
                tooLarge("triples");
            }
            action.getRequest().setAttribute(RequestLogFilter.ROWS_ATTRIBUTE, result.graph().size());
        } else if (result.isDataset() && result.dataset().stream().limit(maxRows + 1).count() > maxRows) {
            tooLarge("triples");
        }
        super.sendResults(action, checked, prologue);
    }

    private void tooLarge(String unit) {
        ServletOps.error(STATUS, "result has more than " + maxRows + " " + unit + ", the server's limit"
                + " (parley serve --max-rows); add LIMIT and OFFSET or narrow the query");
    }
}
