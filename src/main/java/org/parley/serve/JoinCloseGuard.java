package org.parley.serve;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorBase;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Works around a Jena 5.6 defect met under load: closing a hash join that never started (its
 * probe table not yet built) throws a {@link NullPointerException} from
 * {@code AbstractIterHashJoin.closeSubIterator}. ARQ closes the unstarted side of a join when the
 * other side turns out empty, so some queries (e.g. an {@code OPTIONAL} holding a join of two
 * sub-selects, while the left side matches nothing) failed with HTTP 500 instead of answering.
 * This executor evaluates joins and left joins as ARQ does, but closes each side through a guard
 * that ignores exactly that exception (nothing is left open: the hash join's input was closed
 * before it failed). Installed JVM-wide and per dataset by {@link #install(Context)} (TDB2 sets its
 * executor in each dataset's context); it extends TDB2's executor, so TDB2 datasets keep their own
 * query execution. Stateless and thread-safe.
 */
public final class JoinCloseGuard extends OpExecutorTDB2 {

    private JoinCloseGuard(ExecutionContext cxt) {
        super(cxt);
    }

    /**
     * Makes ARQ use this executor for datasets without their own executor, and for one dataset.
     * Idempotent.
     *
     * @param dataset the context of a dataset to serve, or null
     */
    public static void install(Context dataset) {
        QC.setFactory(ARQ.getContext(), JoinCloseGuard::new);
        if (dataset != null) {
            QC.setFactory(dataset, JoinCloseGuard::new);
        }
    }

    @Override
    protected QueryIterator execute(OpJoin op, QueryIterator input) {
        QueryIterator left = guard(exec(op.getLeft(), input));
        QueryIterator right = guard(exec(op.getRight(), root()));
        return Join.join(left, right, execCxt);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin op, QueryIterator input) {
        QueryIterator left = guard(exec(op.getLeft(), input));
        QueryIterator right = guard(exec(op.getRight(), root()));
        return Join.leftJoin(left, right, op.getExprs(), execCxt);
    }

    private static QueryIterator guard(QueryIterator in) {
        return new Guarded(in);
    }

    /** @return true for the NullPointerException of closing an unstarted hash join */
    static boolean isUnstartedHashJoinClose(NullPointerException e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().endsWith("AbstractIterHashJoin") && f.getMethodName().equals("closeSubIterator")) {
                return true;
            }
        }
        return false;
    }

    /** Passes bindings through; closing ignores the unstarted-hash-join exception only. */
    private static final class Guarded extends QueryIteratorBase {
        private final QueryIterator in;

        Guarded(QueryIterator in) {
            this.in = in;
        }

        @Override
        protected boolean hasNextBinding() {
            return in.hasNext();
        }

        @Override
        protected Binding moveToNextBinding() {
            return in.nextBinding();
        }

        @Override
        protected void closeIterator() {
            try {
                in.close();
            } catch (NullPointerException e) {
                if (!isUnstartedHashJoinClose(e)) {
                    throw e;
                }
            }
        }

        @Override
        protected void requestCancel() {
            in.cancel();
        }

        @Override
        public void output(IndentedWriter out, SerializationContext cxt) {
            in.output(out, cxt);
        }
    }
}
