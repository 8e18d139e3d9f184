package org.parley.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the {@code parley} command: dispatches to one class per subcommand.
 *
 * <p>Exit codes: 0 success, 1 bad input or data, 2 usage. Errors are printed once, as one
 * message naming the place; the stack trace only with {@code -v}.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of diplomatic negotiations from news articles and serves it over SPARQL.",
        subcommands = {CommandLine.HelpCommand.class, BuildCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class, SparkCommand.class, LoadCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad input or data. */
    public static final int EXIT_DATA = 1;
    /** Exit code for a usage error. */
    public static final int EXIT_USAGE = 2;

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int run(String... args) {
        if (!List.of(args).contains("-v") && !List.of(args).contains("--verbose")) {
            CAFFEINE_LOG.setLevel(Level.OFF);
        }
        return commandLine().execute(args);
    }

    /**
     * Caffeine (TDB2's node caches) logs, with a stack trace, a fault that its background clean-up
     * meets after a store write failed (a full disk faults the memory-mapped files); the build
     * reports that failure once, so without {@code -v} Caffeine's copy is silenced. Held here so
     * that the logger and its level are not collected.
     */
    private static final Logger CAFFEINE_LOG = Logger.getLogger("com.github.benmanes.caffeine");

    @Spec
    CommandSpec spec;

    /** Without a subcommand: a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }

    /** @return the configured picocli command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_DATA);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Prints the version from the jar manifest. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"parley " + (v == null ? "dev" : v)};
        }
    }
}
