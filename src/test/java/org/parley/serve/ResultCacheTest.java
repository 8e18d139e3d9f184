package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The result cache keeps successes of the current generation, within its memory bound, least recently used out first. */
class ResultCacheTest {
    private static ResultCache.Response ok(int bytes) {
        return new ResultCache.Response(200, "text/csv", List.of(), new byte[bytes]);
    }

    private static void compute(ResultCache cache, String key, ResultCache.Response r) {
        ResultCache.Lookup l = cache.begin(key);
        assertNotNull(l.lead(), key + " should be computed");
        cache.finish(l.lead(), r);
    }

    @Test
    void aFinishedAnswerIsAHitUntilAWriteStartsANewGeneration() {
        ResultCache cache = new ResultCache(1 << 20, () -> 0);
        ResultCache.Response r = ok(10);
        compute(cache, "q", r);
        assertSame(r, cache.begin("q").hit());
        int[] notified = {0};
        cache.onInvalidate(() -> notified[0]++);
        cache.invalidate();
        assertEquals(1, notified[0]);
        assertNull(cache.begin("q").hit());
    }

    @Test
    void aChangeOfTheStoresDataVersionStartsANewGeneration() {
        long[] version = {7};
        ResultCache cache = new ResultCache(1 << 20, () -> version[0]);
        compute(cache, "q", ok(10));
        assertNotNull(cache.begin("q").hit());
        version[0]++;
        assertNull(cache.begin("q").hit());
        assertEquals(0, cache.size());
    }

    @Test
    void aSecondRequestDuringTheComputationWaitsForTheFirstOnesAnswer() throws Exception {
        ResultCache cache = new ResultCache(1 << 20, () -> 0);
        ResultCache.Lookup first = cache.begin("q");
        ResultCache.Lookup second = cache.begin("q");
        assertNotNull(first.lead());
        assertNotNull(second.waiting());
        assertNull(second.lead());
        ResultCache.Response r = ok(5);
        cache.finish(first.lead(), r);
        assertSame(r, second.waiting().get());
    }

    @Test
    void anAnswerComputedWhileAWriteCommittedIsSharedButNotKept() throws Exception {
        ResultCache cache = new ResultCache(1 << 20, () -> 0);
        ResultCache.Lookup first = cache.begin("q");
        ResultCache.Lookup waiting = cache.begin("q");
        cache.invalidate();
        assertNotNull(cache.begin("q").lead(), "after the write a request computes afresh");
        ResultCache.Response r = ok(5);
        cache.finish(first.lead(), r);
        assertSame(r, waiting.waiting().get());
        assertEquals(0, cache.size());
    }

    @Test
    void errorsAndAnswersLargerThanAQuarterOfTheCacheAreNotKept() {
        ResultCache cache = new ResultCache(4000, () -> 0);
        compute(cache, "big", ok(1001));
        compute(cache, "error", new ResultCache.Response(503, "text/plain", List.of(), new byte[3]));
        assertEquals(0, cache.size());
        assertNotNull(cache.begin("big").lead());
    }

    @Test
    void theLeastRecentlyUsedAnswersGoWhenTheMemoryBoundIsReached() {
        ResultCache cache = new ResultCache(4000, () -> 0);
        compute(cache, "a", ok(800));
        compute(cache, "b", ok(800));
        compute(cache, "c", ok(800));
        assertNotNull(cache.begin("a").hit());
        compute(cache, "d", ok(800));
        assertTrue(cache.bytes() <= 4000, "bytes " + cache.bytes());
        assertNotNull(cache.begin("a").hit(), "recently used");
        assertNull(cache.begin("b").hit(), "least recently used");
        assertNotNull(cache.begin("d").hit());
    }
}
