package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code parley} command: dispatches to one class per subcommand.
 *
 * <p>Exit codes: 0 success, 1 bad input or data, 2 usage. Errors are printed once, as one
 * message naming the place; the stack trace only with {@code -v}.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of diplomatic negotiations from news articles and serves it over SPARQL.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main {

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
        return commandLine().execute(args);
    }

    /** @return the configured picocli command line */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setExitCodeExceptionMapper(t -> EXIT_DATA);
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
