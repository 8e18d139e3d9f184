package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.SavedQueries;

/**
 * Quality floors on the devset ({@code ../shared/devset}, present on team machines and in CI,
 * absent on a user's clone, where this test is skipped). The floors are the scores reached when
 * they were last raised, less a small margin: quality may only go up.
 */
class DevsetEvalTest {
    private static final Path DEVSET = Path.of("..", "shared", "devset");

    @Test
    void extractionStaysAboveTheFloors(@TempDir Path dir) {
        assumeTrue(Files.isRegularFile(DEVSET.resolve("gold.json")), "no devset at " + DEVSET.toAbsolutePath());
        Evaluator.Result r = new Evaluator(Gold.read(DEVSET.resolve("gold.json")), DEVSET.resolve("articles"),
                SavedQueries.load(Path.of("queries"))).run(dir.resolve("scratch"));
        String report = r.report();
        floor("persons F1", r.persons.f1(), 0.95, report);
        floor("person role+country accuracy", r.personRoleCountry.value(), 0.78, report);
        floor("places F1", r.places.f1(), 0.94, report);
        floor("delegations F1", r.delegations.f1(), 0.88, report);
        floor("rounds with the right place F1", r.roundPlace.f1(), 0.89, report);
        floor("rounds with the right date F1", r.roundDate.f1(), 0.89, report);
        floor("persons precision at confidence >= 0.5", r.personsConfident.precision(), 0.95, report);
    }

    private static void floor(String what, double value, double min, String report) {
        assertTrue(value >= min, what + " fell to " + value + " (floor " + min + ")\n" + report);
    }
}
