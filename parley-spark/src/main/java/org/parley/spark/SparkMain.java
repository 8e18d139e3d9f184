package org.parley.spark;

import org.parley.cli.Main;
import picocli.CommandLine;

/**
 * Entry point of the Spark build: Parley's command line with its {@code spark} command (which,
 * in the core jar, only points here) replaced by the job's, so
 * {@code spark-submit --class org.parley.spark.SparkMain ... spark INPUT... --out DIR} and
 * {@code ./parley spark ...} report errors and exit codes as every Parley command does.
 */
public final class SparkMain {
    private SparkMain() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args command-line arguments, the command first ({@code spark}, or any Parley command)
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        SparkJvm.useJdkStax();
        CommandLine cl = Main.commandLine();
        cl.getCommandSpec().removeSubcommand("spark");
        cl.addSubcommand(new SparkCommand());
        return cl.execute(args);
    }
}
