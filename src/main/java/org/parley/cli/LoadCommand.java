package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.article.Problem;
import org.parley.parts.PartLoader;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley load DIR [--store S]}: loads the parts that {@code parley spark} wrote into a
 * store ({@link PartLoader}): into an empty store with TDB2's bulk loader, into a store that has
 * content article by article, replacing changed articles by content hash; then the derived data as
 * a build does. Prints the conversion's and the load's problems once each and a summary with the
 * articles added, replaced and unchanged; exit 1 when there were problems.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a parts folder (part-N.nq.gz and manifest.tsv, written by parley spark) into a store.",
            "An empty store is bulk loaded; into a store with content, articles are loaded one by one:"
                    + " new ones added, changed ones replaced, unchanged ones (same content hash) skipped."})
public final class LoadCommand implements Callable<Integer> {
    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The parts folder (the --out folder of parley spark).")
    Path dir;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PartLoader.Summary s;
        try (ParleyStore store = ParleyStore.open(storeOption.dir())) {
            s = PartLoader.load(dir, store);
        }
        for (Problem p : s.problems()) {
            cl.getErr().println("parley: " + p);
        }
        cl.getErr().flush();
        cl.getOut().printf("store %s%nloaded %d article(s) (%d new, %d replaced), %d quad(s) from %d part(s) of %s;"
                + " %d article(s) unchanged; %d record(s) skipped, %d problem(s)%n", storeOption.dir(), s.articles(),
                s.added(), s.replaced(), s.quads(), s.parts(), dir, s.unchanged(), s.skipped(), s.problems().size());
        cl.getOut().flush();
        return s.problems().isEmpty() ? 0 : Main.EXIT_DATA;
    }
}
