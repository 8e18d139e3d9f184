package org.parley;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parley.cli.Main;

/**
 * The README is for users: short, and every command it shows works. Every command in its shell
 * code blocks ({@code ```sh}) is run by a test or by {@code .ci/run}: the table below maps each
 * one to the file that runs it and a text that file must contain; a README command missing from
 * the table, or a table entry no longer in the README, fails. The {@code ./parley} commands are
 * also parsed with Parley's own command line, so a misspelt command or option fails here. Every
 * relative link in the README and in {@code docs/} must lead to a file that exists.
 */
class ReadmeTest {

    private static final Path README = Path.of("README.md");
    private static final int MAX_LINES = 300;

    /** README command (comment dropped, spaces collapsed) -> {file that runs it, text it holds}. */
    private static final Map<String, String[]> RUN_BY = new LinkedHashMap<>();

    static {
        String cli = "src/test/java/org/parley/cli/";
        String export = "src/test/java/org/parley/export/";
        by("./parley serve", cli + "CommandsWhileServingTest.java", "\"serve\"");
        by("mvn verify", ".ci/run", "mvn verify");
        by("./parley build articles/", cli + "CliTest.java", "run(\"build\"");
        by("./parley build pages/", cli + "WebInputsBuildTest.java", "CliTest.run(\"build\"");
        by("./parley build CC-NEWS-20240315120000-00123.warc.gz --report report.tsv", cli + "WebInputsBuildTest.java",
                "\"--report\"");
        by("./parley build wire.atom", cli + "WebInputsBuildTest.java", "b-wire.atom");
        by("./parley serve --watch articles/", "src/test/java/org/parley/serve/ServeWhileBuildingTest.java",
                "DirectoryWatcher");
        by("./parley query --list", cli + "CliTest.java", "\"--list\"");
        by("./parley query rounds", "src/test/java/org/parley/query/SeedQueriesTest.java", "\"rounds\"");
        by("./parley query people --name lavrov --format csv", cli + "QueryNameOptionTest.java", "\"--name\"");
        by("./parley query rounds --endpoint http://127.0.0.1:3030/parley/sparql", cli + "CliTest.java",
                "\"--endpoint\", endpoint");
        by("./parley export --format gexf --out talks.gexf",
                export + "GraphExportsReadByIndependentToolsTest.java", "read(\"gexf\"");
        by("./parley export --format graphml --out talks.graphml", cli + "ExportCommandGraphFormatsTest.java",
                ".graphml");
        by("./parley export --format neo4j-csv --out neo4j-import/", cli + "ExportCommandGraphFormatsTest.java",
                "neo4j-csv");
        by("./parley export --format trig --out talks.trig", export + "RdfExportsReadByRdflibTest.java",
                "trig");
        by("./parley spark articles/ --out parts/ --master local[2]",
                "parley-spark/src/test/java/org/parley/spark/SparkBuildTest.java", "SparkMain.run(\"spark\"");
        by("./parley load parts/ --store data/store", "src/test/java/org/parley/parts/PartsTest.java",
                "Main.run(\"load\"");
    }

    private static void by(String command, String file, String text) {
        RUN_BY.put(command, new String[] {file, text});
    }

    @Test
    void readmeIsUnder300Lines() throws IOException {
        int lines = Files.readAllLines(README).size();
        assertTrue(lines < MAX_LINES, "README.md has " + lines + " lines; keep it under " + MAX_LINES
                + " and move reference material to docs/");
    }

    @Test
    void everyReadmeCommandIsRunByATestOrByCi() throws IOException {
        List<String> commands = shellCommands(Files.readString(README));
        assertTrue(commands.size() >= 5, "no shell commands found in README.md: " + commands);
        List<String> problems = new ArrayList<>();
        for (String c : commands) {
            String[] by = RUN_BY.get(c);
            if (by == null) {
                problems.add("README command not mapped to the test or .ci/run that runs it: " + c);
                continue;
            }
            Path file = Path.of(by[0]);
            if (!Files.isRegularFile(file)) {
                problems.add(c + ": " + by[0] + " does not exist");
            } else if (!Files.readString(file).contains(by[1])) {
                problems.add(c + ": " + by[0] + " does not contain " + by[1]);
            }
        }
        for (String mapped : RUN_BY.keySet()) {
            if (!commands.contains(mapped)) {
                problems.add("mapped command no longer in README.md (remove it from RUN_BY): " + mapped);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void readmeParleyCommandsParse() throws IOException {
        for (String c : shellCommands(Files.readString(README))) {
            if (c.startsWith("./parley ")) {
                String[] args = c.substring("./parley ".length()).split(" ");
                assertDoesNotThrow(() -> Main.commandLine().parseArgs(args), c);
            }
        }
    }

    @Test
    void theLauncherRunsTheJar() throws IOException {
        assertTrue(Files.readString(Path.of("parley")).contains("-jar \"$jar\""), "./parley runs target/parley.jar");
        assertTrue(Files.readString(Path.of(".ci/run")).lines().anyMatch(l -> l.strip().equals("mvn verify")),
                ".ci/run runs the README's test command");
    }

    @Test
    void relativeLinksInReadmeAndDocsResolve() throws IOException {
        List<Path> files = new ArrayList<>(List.of(README));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        TreeSet<String> broken = new TreeSet<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
        for (Path f : files) {
            Matcher m = link.matcher(withoutCodeBlocks(Files.readString(f)));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("#")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = URLDecoder.decode(hash >= 0 ? target.substring(0, hash) : target, StandardCharsets.UTF_8);
                Path resolved = f.toAbsolutePath().getParent().resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(f + " -> " + target);
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken relative links:\n" + String.join("\n", broken));
    }

    /** The commands of the {@code sh}, {@code bash} and {@code shell} code blocks, normalized. */
    static List<String> shellCommands(String markdown) {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        boolean inOther = false;
        StringBuilder pending = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```")) {
                if (inShell || inOther) {
                    inShell = false;
                    inOther = false;
                } else {
                    String lang = t.substring(3).strip();
                    inShell = lang.equals("sh") || lang.equals("bash") || lang.equals("shell");
                    inOther = !inShell;
                }
                continue;
            }
            if (!inShell) {
                continue;
            }
            String code = t.replaceFirst("^\\$\\s+", "").replaceFirst("(^|\\s)#.*$", "").strip();
            if (code.endsWith("\\")) {
                pending.append(code, 0, code.length() - 1).append(' ');
                continue;
            }
            pending.append(code);
            String c = pending.toString().strip().replaceAll("\\s+", " ");
            pending.setLength(0);
            if (!c.isEmpty()) {
                commands.add(c);
            }
        }
        return commands;
    }

    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
    }
}
