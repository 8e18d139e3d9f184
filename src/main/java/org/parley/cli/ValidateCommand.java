package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.store.ParleyStore;
import org.parley.store.StoreValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        StoreValidator.Result result;
        try (ParleyStore s = storeOption.openExisting()) {
            result = StoreValidator.validate(s.dataset(), StoreValidator.shapes());
        }
        if (result.conforms()) {
            cl.getOut().println("store " + storeOption.dir() + " conforms to the shapes");
            cl.getOut().flush();
            return 0;
        }
        for (StoreValidator.Violation v : result.violations()) {
            cl.getOut().println(v);
        }
        cl.getOut().println(result.violations().size() + " violation(s) in store " + storeOption.dir());
        cl.getOut().flush();
        return Main.EXIT_DATA;
    }
}
