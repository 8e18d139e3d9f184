package org.parley.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of the JVM's own threads, by kind: the garbage collector ("gc": threads named
 * {@code GC Thread#N}, {@code VM Thread}, which runs collections' safepoint work, and the
 * collectors' other helpers) and the just-in-time compilers ("jit": {@code C1/C2 CompilerThread}).
 * Java's management beans do not see these native threads, so this reads Linux's
 * {@code /proc/self/task/<tid>/stat} (user plus system time, in clock ticks of 10 ms, the
 * kernel's {@code USER_HZ} of 100). These threads live as long as the JVM, so the difference of two
 * samples is the CPU they used in between.
 *
 * <p>Input: nothing; output: nanoseconds per kind. Stateless and thread-safe.
 */
final class JvmThreadCpu {
    /** Nanoseconds per clock tick at the kernel's USER_HZ of 100. */
    private static final long TICK_NANOS = 10_000_000L;
    private static final Path TASKS = Path.of("/proc/self/task");

    private JvmThreadCpu() {
    }

    /**
     * @return CPU nanoseconds used so far per kind ("gc", "jit"), or an empty map where
     *         {@code /proc} cannot be read
     */
    static Map<String, Long> sample() {
        Map<String, Long> out = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String kind;
                String stat;
                try {
                    kind = kind(Files.readString(task.resolve("comm")).strip());
                    if (kind == null) {
                        continue;
                    }
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue;
                }
                out.merge(kind, ticks(stat) * TICK_NANOS, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * @param name a thread's name as the kernel holds it (at most 15 characters)
     * @return "gc", "jit" or null for any other thread
     */
    static String kind(String name) {
        if (name.startsWith("GC Thread") || name.equals("VM Thread") || name.startsWith("G1 ")
                || name.startsWith("GC ") || name.startsWith("ParGC")) {
            return "gc";
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return "jit";
        }
        return null;
    }

    /**
     * @param stat a task's {@code stat} line
     * @return its user plus system time, in clock ticks
     */
    static long ticks(String stat) {
        String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(rest[11]) + Long.parseLong(rest[12]);
    }

    /**
     * @param after  a later sample
     * @param before an earlier sample
     * @param kind   "gc" or "jit"
     * @return nanoseconds of that kind between the samples, or -1 when either sample lacks it
     */
    static long between(Map<String, Long> after, Map<String, Long> before, String kind) {
        Long a = after.get(kind);
        Long b = before.get(kind);
        return a == null || b == null ? -1 : a - b;
    }
}
