package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.parley.article.ArticleLoader;
import org.parley.article.PlannedInput;
import org.parley.parts.PartManifest;
import org.parley.parts.PartWriter;
import org.parley.rdf.ArticleConverter;

/**
 * The conversion as a Spark job: the driver lists the inputs ({@link ArticleLoader#plan}) and cuts
 * the list into slices of consecutive files, one Spark task per slice; each task builds one
 * converter and writes its slice's articles as {@code part-N.nq.gz} ({@link PartWriter}); the
 * driver collects what each task wrote and writes {@code manifest.tsv}. Bad and skipped records
 * are noted in the manifest, never fatal. The output folder must be one that every executor and
 * the driver see at the same path (a local folder in local mode, a shared mount on a cluster).
 * Stateless.
 */
public final class SparkBuild {
    private SparkBuild() {
    }

    /**
     * Runs the job.
     *
     * @param spark    the Spark context
     * @param inputs   files and folders, as for {@code parley build}
     * @param out      the parts folder, created when missing; must hold no manifest yet
     * @param tasks    the number of tasks (at most one per file; at least 1)
     * @param maxBytes size limit of one article or page
     * @return the manifest written
     * @throws IllegalArgumentException naming the folder when it already holds parts
     */
    public static PartManifest run(JavaSparkContext spark, List<Path> inputs, Path out, int tasks, long maxBytes) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be positive: " + tasks);
        }
        Path dir = out.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(PartManifest.FILE))) {
            throw new IllegalArgumentException(dir + " already holds parts (" + PartManifest.FILE
                    + "); give a new --out folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot create the parts folder: " + e.getMessage(), e);
        }
        List<ArrayList<PlannedInput>> slices = slices(new ArticleLoader(maxBytes).plan(inputs), tasks);
        List<PartManifest.Part> parts = spark.parallelize(slices, slices.size())
                .mapPartitionsWithIndex(new ConvertSlice(dir.toString(), maxBytes), false)
                .collect();
        PartManifest manifest = new PartManifest(parts);
        try {
            manifest.write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(dir.resolve(PartManifest.FILE) + ": cannot write the manifest: "
                    + e.getMessage(), e);
        }
        return manifest;
    }

    /**
     * Cuts a plan into at most {@code tasks} slices of consecutive entries holding about as many
     * files each; listing problems stay with the files that follow them.
     *
     * @param plan  the plan, in input order
     * @param tasks the number of slices wanted
     * @return the slices, none empty (one empty slice for an empty plan)
     */
    static List<ArrayList<PlannedInput>> slices(List<PlannedInput> plan, int tasks) {
        long files = plan.stream().filter(p -> p.problem() == null).count();
        int n = (int) Math.max(1, Math.min(tasks, files));
        List<ArrayList<PlannedInput>> out = new ArrayList<>();
        ArrayList<PlannedInput> current = new ArrayList<>();
        long seen = 0;
        for (PlannedInput p : plan) {
            current.add(p);
            if (p.problem() == null) {
                seen++;
                if (seen * n / Math.max(1, files) > out.size() && out.size() < n - 1) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty() || out.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The task: converts the slice of its partition into the part of that number. */
    private static final class ConvertSlice implements
            Function2<Integer, Iterator<ArrayList<PlannedInput>>, Iterator<PartManifest.Part>> {
        private static final long serialVersionUID = 1L;
        private final String dir;
        private final long maxBytes;

        ConvertSlice(String dir, long maxBytes) {
            this.dir = dir;
            this.maxBytes = maxBytes;
        }

        @Override
        public Iterator<PartManifest.Part> call(Integer index, Iterator<ArrayList<PlannedInput>> slices) {
            List<PlannedInput> slice = new ArrayList<>();
            slices.forEachRemaining(slice::addAll);
            ArticleConverter converter = ArticleConverter.create();
            return List.of(PartWriter.write(slice, maxBytes, converter, Path.of(dir), index)).iterator();
        }
    }
}
