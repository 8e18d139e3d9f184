package org.parley.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code parley spark}: listed here so that {@code parley --help} shows it, but run on Spark's
 * class path, which this jar does not hold: the launcher ({@code ./parley spark ...}) runs the
 * {@code parley-spark} module in local mode, and {@code spark-submit} runs it on a cluster. Run
 * from this jar, it says so and exits with the usage code.
 */
@Command(name = "spark",
        description = "Convert articles on Apache Spark into parts for 'parley load' (run it as ./parley spark,"
                + " or with spark-submit: docs/scale-out.md).")
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> arguments;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parley: 'spark' runs on Apache Spark's class path, which this jar does not"
                + " hold: run ./parley spark ... (local mode; ./parley spark --help lists its options) or spark-submit"
                + " (docs/scale-out.md)");
        spec.commandLine().getErr().flush();
        return Main.EXIT_USAGE;
    }
}
