package org.parley.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.parley.article.Problem;
import org.parley.parts.PartManifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley spark INPUT... --out DIR [--master local[N]] [--tasks N] [--facts]}: runs
 * {@link SparkBuild} (then {@link FactsTable} with {@code --facts}) and prints a summary; exit 1
 * when any record was bad (the others are converted all the same). Without {@code --master} the
 * master is the one {@code spark-submit} gives, or {@code local[*]}.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "Convert articles on Apache Spark into compressed N-Quads parts and a manifest,"
                + " for 'parley load'.")
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of an error.")
    boolean verbose;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Article files (.txt .html .htm .warc .warc.gz .rss .atom) and folders, as for parley build:"
                    + " paths, or Hadoop URIs (hdfs://, s3a://, ...).")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The parts folder to write (new, or without a manifest.tsv): a path, or a Hadoop URI.")
    String out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else local[*]), e.g. local[2].")
    String master;

    @Option(names = "--tasks", paramLabel = "N",
            description = "Tasks, i.e. parts (default: twice Spark's default parallelism).")
    Integer tasks;

    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting, as spark-submit's --conf; Hadoop settings as spark.hadoop.KEY"
                    + " (e.g. spark.hadoop.fs.s3a.endpoint=...). Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "10",
            description = "Largest article file accepted, in megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--facts",
            description = "Also write DIR/facts/, a Parquet table of the facts (docs/facts-table.md).")
    boolean facts;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (maxSizeMb <= 0 || (tasks != null && tasks < 1)) {
            throw new CommandLine.ParameterException(cl, "--max-size and --tasks must be positive");
        }
        long start = System.nanoTime();
        SparkConf conf = SparkSessions.conf("parley spark", master);
        settings.forEach(conf::set);
        PartManifest m;
        long job;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            int n = tasks != null ? tasks : 2 * sc.defaultParallelism();
            job = System.nanoTime();
            m = SparkBuild.run(sc, inputs, out, n, (long) (maxSizeMb * 1024 * 1024));
            job = System.nanoTime() - job;
            if (facts) {
                long t = System.nanoTime();
                PartsOutput parts = PartsOutput.of(sc, out);
                cl.getOut().printf(Locale.ROOT, "facts table %s: %d row(s) in %.1f s%n", parts.resolve(FactsTable.DIR),
                        FactsTable.write(sc, m, parts), (System.nanoTime() - t) / 1e9);
            }
        }
        int articles = 0;
        int skipped = 0;
        int problems = 0;
        for (PartManifest.Part p : m.parts()) {
            articles += p.articles().size();
            skipped += p.skipped().size();
            problems += p.problems().size();
            for (Problem x : p.problems()) {
                cl.getErr().println("parley: " + x);
            }
        }
        cl.getErr().flush();
        cl.getOut().printf(Locale.ROOT, "parts %s%nconverted %d article(s) into %d part(s); %d record(s) skipped,"
                + " %d problem(s)%ntime: %.1f s (the job %.1f s)%n", out, articles, m.parts().size(), skipped, problems,
                (System.nanoTime() - start) / 1e9, job / 1e9);
        cl.getOut().println(HadoopFiles.remote(out)
                ? "load them with: hadoop fs -get " + out + " DIR && parley load DIR --store STORE"
                : "load them with: parley load " + out + " --store STORE");
        cl.getOut().flush();
        return problems == 0 ? 0 : 1;
    }
}
