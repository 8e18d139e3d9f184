package org.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build's CPU split into parts, and the ratio ceilings those parts set. */
class CpuBudgetTest {
    private static final long MS = 1_000_000L;

    @Test
    void storeAndRestIsTheTotalLessTheKnownParts() {
        Map<String, Object> parts = CpuBudget.parts(9000 * MS, 5000 * MS, 1000 * MS, 100 * MS, 1000);
        assertEquals(Map.of("total", 9.0, "conversion", 5.0, "gc", 1.0, "jit", 0.1, "storeAndRest", 2.9), parts);
    }

    @Test
    void unknownCollectorAndCompilerTimesAreLeftOutAndNotSubtracted() {
        Map<String, Object> parts = CpuBudget.parts(9000 * MS, 5000 * MS, -1, -1, 1000);
        assertEquals(Map.of("total", 9.0, "conversion", 5.0, "storeAndRest", 4.0), parts);
    }

    @Test
    void withoutTheConversionCpuThereIsNoStorePart() {
        Map<String, Object> parts = CpuBudget.parts(9000 * MS, -1, 1000 * MS, 100 * MS, 1000);
        assertFalse(parts.containsKey("storeAndRest"));
        assertEquals(Map.of("ratioCeilingAllCoresBusy", 0.44), CpuBudget.ceilings(2, 2.0, parts));
    }

    @Test
    void ceilingsAreCoresTimesTheReferenceOverTheCpu() {
        Map<String, Object> parts = CpuBudget.parts(9000 * MS, 5000 * MS, 1000 * MS, 100 * MS, 1000);
        assertEquals(Map.of("ratioCeilingAllCoresBusy", 0.44, "ratioCeilingWithoutConversion", 1.38),
                CpuBudget.ceilings(2, 2.0, parts));
    }
}
