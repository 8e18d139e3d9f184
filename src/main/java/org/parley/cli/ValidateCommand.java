package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley validate}: checks the store against {@code ontology/shapes.ttl} (SHACL); prints
 * each violation on one line; exit 0 when the store conforms, 1 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store against the SHACL shapes in ontology/shapes.ttl.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!ParleyStore.exists(store)) {
            throw new IllegalArgumentException("no store at " + store + " (run 'parley build' first, or give --store)");
        }
        StoreValidator.Result result;
        try (ParleyStore s = ParleyStore.open(store)) {
            result = StoreValidator.validate(s.dataset(), StoreValidator.shapes());
        }
        if (result.conforms()) {
            cl.getOut().println("store " + store + " conforms to the shapes");
            cl.getOut().flush();
            return 0;
        }
        for (StoreValidator.Violation v : result.violations()) {
            cl.getOut().println(v);
        }
        cl.getOut().println(result.violations().size() + " violation(s) in store " + store);
        cl.getOut().flush();
        return Main.EXIT_DATA;
    }
}
