package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code parley spark} is listed by the jar's help, and run from the jar it says where it runs. */
class SparkCommandTest {
    @Test
    void helpListsSpark() {
        CliTest.Run r = CliTest.run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("spark     Convert articles on Apache Spark"), r.out());
    }

    @Test
    void theJarSendsSparkToTheLauncher() {
        CliTest.Run r = CliTest.run("spark", "articles/", "--out", "parts/");
        assertEquals(Main.EXIT_USAGE, r.code());
        assertTrue(r.err().startsWith("parley: 'spark' runs on Apache Spark's class path"), r.err());
        assertTrue(r.err().contains("./parley spark"), r.err());
    }
}
