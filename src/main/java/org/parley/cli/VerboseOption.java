package org.parley.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -v/--verbose} option shared by every command (a picocli mixin): with it, errors are
 * printed with their stack trace, and {@code serve} logs each query's text. {@link ErrorHandler}
 * reads it from the command line.
 */
public final class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of errors (serve: also log each query's text).")
    boolean verbose;
}
