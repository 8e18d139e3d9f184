package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the shared sets: the reference figures of the Java eval on {@code devset} and
 * {@code devset2} may not fall below the floors of {@code floors.properties}
 * ({@code SET.CATEGORY.p|r|f1}, {@code SET.country.accuracy}, {@code SET.dates.accuracy}), and the
 * rounds and delegations invented from the distractors may not rise above its ceilings
 * ({@code distractors.rounds.max}, {@code distractors.delegations.max},
 * {@code distractors.articles.max}). Skipped where the shared sets are absent.
 */
class SharedSetFloorsTest {

    @Test
    void figuresStayAboveTheFloors() throws IOException {
        assumeTrue(SharedSets.present(), "no shared sets at " + SharedSets.SHARED.toAbsolutePath());
        Properties floors = floors();
        List<String> failures = new ArrayList<>();
        StringBuilder reports = new StringBuilder();
        for (String set : SharedSets.GOLD_SETS) {
            ReferenceScore s = SharedSets.score(set);
            reports.append(set).append('\n').append(s.report("the kept run"));
            for (Map.Entry<String, Double> f : s.figures().entrySet()) {
                String key = set + "." + f.getKey();
                String floor = floors.getProperty(key);
                if (floor != null && f.getValue() < Double.parseDouble(floor)) {
                    failures.add(key + " fell to " + f.getValue() + " (floor " + floor + ")");
                }
            }
        }
        DistractorScore d = SharedSets.distractors();
        reports.append(d.report());
        ceiling(failures, floors, "distractors.rounds.max", d.rounds());
        ceiling(failures, floors, "distractors.delegations.max", d.delegations());
        ceiling(failures, floors, "distractors.articles.max", d.dirtyArticles());
        assertTrue(failures.isEmpty(), String.join("\n", failures) + "\n" + reports);
    }

    private static void ceiling(List<String> failures, Properties floors, String key, int value) {
        String max = floors.getProperty(key);
        if (max != null && value > Integer.parseInt(max)) {
            failures.add(key + ": " + value + " (ceiling " + max + ")");
        }
    }

    private static Properties floors() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SharedSetFloorsTest.class.getResourceAsStream("floors.properties")) {
            if (in == null) {
                throw new IOException("floors.properties not found beside " + SharedSetFloorsTest.class.getName());
            }
            p.load(in);
        }
        return p;
    }
}
