package org.parley.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.parley.article.PlannedInput;
import org.parley.parts.PartManifest;
import org.parley.parts.PartScreening;
import org.parley.parts.PartWriter;
import org.parley.rdf.ArticleConverter;

/**
 * The conversion as a Spark job: the driver lists the inputs ({@link InputPlan}: local paths as
 * {@code parley build} lists them, Hadoop URIs through their file system) and cuts the list into
 * slices of consecutive files, one Spark task per slice; each task builds one converter, fetches
 * its Hadoop files one at a time ({@link HadoopStaging}) and writes its slice's articles as
 * {@code part-N.nq.gz} ({@link PartWriter}); the driver collects what each task read, decides
 * copies and repeated ids across the slices as one build would ({@link PartScreening}) and writes
 * {@code manifest.tsv}. Bad and skipped records are noted in the manifest, never fatal. A local
 * output folder must be one that every executor and the driver see at the same path (any folder
 * in local mode, a shared mount on a cluster); a Hadoop URI needs no such mount. Stateless.
 */
public final class SparkBuild {
    private SparkBuild() {
    }

    /**
     * Runs the job.
     *
     * @param spark    the Spark context
     * @param inputs   files and folders, as for {@code parley build}: paths or Hadoop URIs
     * @param out      the parts folder, a path or a Hadoop URI; created when missing; must hold no
     *                 manifest yet
     * @param tasks    the number of tasks (at most one per file; at least 1)
     * @param maxBytes size limit of one article or page
     * @return the manifest written
     * @throws IllegalArgumentException naming the folder when it already holds parts
     */
    public static PartManifest run(JavaSparkContext spark, List<String> inputs, String out, int tasks, long maxBytes) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be positive: " + tasks);
        }
        PartsOutput output = PartsOutput.of(spark, out);
        HadoopFiles files = output.files();
        output.prepare();
        List<ArrayList<PlannedInput>> slices = slices(InputPlan.of(inputs, files), tasks);
        List<PartWriter.Written> written = spark.parallelize(slices, slices.size())
                .mapPartitionsWithIndex(new ConvertSlice(output, files, maxBytes), false)
                .collect();
        PartManifest manifest = PartScreening.manifest(written);
        output.writeManifest(manifest);
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
            Function2<Integer, Iterator<ArrayList<PlannedInput>>, Iterator<PartWriter.Written>> {
        private static final long serialVersionUID = 1L;
        private final PartsOutput output;
        private final HadoopFiles files;
        private final long maxBytes;

        ConvertSlice(PartsOutput output, HadoopFiles files, long maxBytes) {
            this.output = output;
            this.files = files;
            this.maxBytes = maxBytes;
        }

        @Override
        public Iterator<PartWriter.Written> call(Integer index, Iterator<ArrayList<PlannedInput>> slices)
                throws IOException {
            SparkJvm.useJdkStax();
            List<PlannedInput> slice = new ArrayList<>();
            slices.forEachRemaining(slice::addAll);
            ArticleConverter converter = ArticleConverter.create();
            Path scratch = output.remote() ? Files.createTempDirectory("parley-part") : null;
            try (HadoopStaging staging = new HadoopStaging(files)) {
                PartWriter.Written w = PartWriter.write(slice, staging, maxBytes, converter,
                        output.taskFolder(scratch), index);
                if (scratch != null) {
                    output.publish(scratch.resolve(w.part().file()));
                }
                return List.of(w).iterator();
            } finally {
                HadoopStaging.deleteTree(scratch);
            }
        }
    }
}
