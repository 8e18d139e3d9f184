package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The Java eval agrees with the reference scripts ({@code ../shared/scoring/score.py} and
 * {@code distract.py}) on the shared sets: the scripts run with a stand-in CLI
 * ({@code replay-cli.sh}) that replays the per-article CSVs the Java eval read back, so both judge
 * the same query output, and the figures (within 0.01), the raw counts and the miss lines must be
 * the same. The stand-in also checks that the scripts gave each article the same input and
 * publication date. Skipped where {@code ../shared} or {@code python3} is absent.
 */
class ReferenceScorerAgreementTest {
    private static final Path SCORING = SharedSets.SHARED.resolve("scoring");
    private static final Pattern FIGURES = Pattern.compile("(?m)^(\\w+)\\s+P ([\\d.]+) R ([\\d.]+) F1 ([\\d.]+)$");
    private static final Pattern ACCURACY = Pattern.compile(
            "person country accuracy ([\\d.]+) \\((\\d+)/(\\d+)\\); round date accuracy ([\\d.]+) \\((\\d+)/(\\d+)\\)");

    @ParameterizedTest
    @ValueSource(strings = {"devset", "devset2"})
    void scorePyGivesTheSameFigures(String set, @TempDir Path tmp) throws Exception {
        assumeTrue(SharedSets.present() && python(), "no ../shared sets or no python3");
        ReferenceScore java = SharedSets.score(set);
        Path dir = SharedSets.SHARED.resolve(set);
        Path work = Files.createDirectories(tmp.resolve("work"));
        String out = run(tmp, List.of("score.py", "unused.jar", dir.resolve("articles").toString(),
                dir.resolve("gold.json").toString(), dir.resolve("sources.tsv").toString(), work.toString()), set);
        Matcher m = FIGURES.matcher(out);
        int seen = 0;
        while (m.find()) {
            String c = m.group(1);
            assertEquals(Double.parseDouble(m.group(2)), java.precision(c), 0.01, set + " " + c + " P\n" + out);
            assertEquals(Double.parseDouble(m.group(3)), java.recall(c), 0.01, set + " " + c + " R\n" + out);
            assertEquals(Double.parseDouble(m.group(4)), java.f1(c), 0.01, set + " " + c + " F1\n" + out);
            seen++;
        }
        assertEquals(ReferenceScore.CATEGORIES.size(), seen, out);
        Matcher a = ACCURACY.matcher(out);
        assertEquals(true, a.find(), out);
        assertEquals(Double.parseDouble(a.group(1)), java.countryAccuracy(), 0.01, out);
        assertEquals(Double.parseDouble(a.group(4)), java.dateAccuracy(), 0.01, out);
        String counts = Files.readString(work.resolve("counts.json"));
        for (String c : ReferenceScore.CATEGORIES) {
            int[] k = java.counts(c);
            String tot = "\"" + c + "\": [" + k[0] + ", " + k[1] + ", " + k[2] + "]";
            assertEquals(true, counts.contains(tot), set + ": " + tot + " not in " + counts);
        }
        assertEquals(sorted(Files.readString(work.resolve("misses.txt"))), sorted(java.missLines()), set);
    }

    @Test
    void distractPyGivesTheSameCounts(@TempDir Path tmp) throws Exception {
        assumeTrue(SharedSets.present() && python(), "no ../shared sets or no python3");
        DistractorScore java = SharedSets.distractors();
        Path dir = SharedSets.SHARED.resolve(SharedSets.DISTRACTORS);
        Path work = Files.createDirectories(tmp.resolve("work"));
        String out = run(tmp, List.of("distract.py", "unused.jar", dir.resolve("articles").toString(),
                dir.resolve("sources.tsv").toString(), work.toString()), SharedSets.DISTRACTORS);
        assertEquals(java.report(), out);
        assertEquals(sorted(Files.readString(work.resolve("misses.txt"))), sorted(java.missLines()));
    }

    private static String run(Path tmp, List<String> args, String set) throws IOException, InterruptedException {
        Path replay = tmp.resolve("replay-cli.sh");
        try (InputStream in = ReferenceScorerAgreementTest.class.getResourceAsStream("replay-cli.sh")) {
            Files.copy(in, replay);
        }
        List<String> cmd = new ArrayList<>(List.of("python3", SCORING.resolve(args.get(0)).toString()));
        cmd.addAll(args.subList(1, args.size()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("PARLEY_CMD", "sh " + replay.toAbsolutePath() + " " + SharedSets.work(set).toAbsolutePath());
        env.put("PYTHONIOENCODING", "utf-8");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        return out;
    }

    private static List<String> sorted(String lines) {
        List<String> l = new ArrayList<>(Arrays.asList(lines.split("\n")));
        l.removeIf(String::isEmpty);
        l.sort(null);
        return l;
    }

    private static boolean python() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
