package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failed command is reported: prints the exception's message to standard
 * error, and the stack trace only when {@code -v}/{@code --verbose} was given. Returns exit code 1
 * (bad input or data). Stateless and thread-safe.
 */
public final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        boolean verbose = parsed.originalArgs().contains("-v") || parsed.originalArgs().contains("--verbose");
        String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        cl.getErr().println("parley: " + message);
        if (verbose) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().flush();
        return Main.EXIT_DATA;
    }
}
