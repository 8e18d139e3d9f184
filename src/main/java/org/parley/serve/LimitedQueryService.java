package org.parley.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query service with a cap on the size of a result: a SELECT with more than
 * {@code maxRows} rows, or a CONSTRUCT/DESCRIBE with more than {@code maxRows} triples or quads,
 * is answered with {@value #STATUS} and a message naming the limit instead of a truncated result.
 * Rows are gathered before anything is sent (at most {@code maxRows + 1}), so the status can still
 * change; the query timeout keeps running meanwhile. Thread-safe (immutable state; Fuseki calls it
 * from many request threads).
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {
    /** HTTP status for a result over the limit (422 Unprocessable Content). */
    public static final int STATUS = 422;

    private final long maxRows;

    /** @param maxRows the largest result sent, in rows (SELECT) or triples/quads (graph results) */
    public LimitedQueryService(long maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("result size limit must be positive");
        }
        this.maxRows = maxRows;
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
        } else if (result.isGraph() && result.graph().size() > maxRows) {
            tooLarge("triples");
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
