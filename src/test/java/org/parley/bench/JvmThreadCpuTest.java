package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JVM's collector and compiler threads are told apart by name, and their CPU read from /proc. */
class JvmThreadCpuTest {
    @Test
    void collectorAndCompilerThreadsAreRecognizedByName() {
        assertEquals("gc", JvmThreadCpu.kind("GC Thread#1"));
        assertEquals("gc", JvmThreadCpu.kind("VM Thread"));
        assertEquals("gc", JvmThreadCpu.kind("G1 Conc#0"));
        assertEquals("jit", JvmThreadCpu.kind("C2 CompilerThre"));
        assertEquals("jit", JvmThreadCpu.kind("C1 CompilerThre"));
        assertNull(JvmThreadCpu.kind("parley-convert"));
        assertNull(JvmThreadCpu.kind("main"));
    }

    @Test
    void ticksAreUserPlusSystemTimeEvenWhenTheNameHoldsSpacesAndParentheses() {
        String stat = "4242 (GC Thread#0) S 1 1 0 0 -1 1077936192 0 0 0 0 250 17 0 0 20 0 1 0 4363948 0 0";
        assertEquals(267, JvmThreadCpu.ticks(stat));
        String odd = "7 (a) b (c)) R 1 1 0 0 -1 0 0 0 0 0 3 4 0 0";
        assertEquals(7, JvmThreadCpu.ticks(odd));
    }

    @Test
    void aCollectionShowsInTheCollectorsCpu() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        Map<String, Long> before = JvmThreadCpu.sample();
        assumeTrue(before.containsKey("gc"), "no collector thread visible");
        long end = System.nanoTime() + 3_000_000_000L;
        long used = 0;
        while (used <= 0 && System.nanoTime() < end) {
            for (int i = 0; i < 20; i++) {
                byte[][] junk = new byte[2000][];
                for (int k = 0; k < junk.length; k++) {
                    junk[k] = new byte[1024];
                }
                System.gc();
            }
            used = JvmThreadCpu.between(JvmThreadCpu.sample(), before, "gc");
        }
        assertTrue(used > 0, "collector CPU " + used);
        assertEquals(-1, JvmThreadCpu.between(Map.of(), before, "gc"));
    }
}
