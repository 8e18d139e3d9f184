package org.parley.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.parley.parts.Fact;
import org.parley.parts.FactRows;
import org.parley.parts.PartFactReader;
import org.parley.parts.PartManifest;

/**
 * The facts table ({@code docs/facts-table.md}): a second Spark pass over a parts folder that
 * {@link SparkBuild} wrote, writing {@code DIR/facts/} as Parquet with one row per
 * {@code parley:Evidence} node of the articles the manifest lists ({@link FactRows}). One task per
 * part file (gzip cannot be split): it streams its part graph by graph ({@link PartFactReader})
 * and hands the rows straight to the Parquet writer, so a task holds one article's graph at a
 * time. An article listed in several parts is read from the first only, as {@code parley load}
 * does. Stateless.
 */
public final class FactsTable {
    /** Folder of the table in a parts folder. */
    public static final String DIR = "facts";

    /** The table's columns, in order; {@code docs/facts-table.md} describes them. */
    public static final StructType SCHEMA = DataTypes.createStructType(new StructField[] {
        field("subject", DataTypes.StringType, false),
        field("subject_label", DataTypes.StringType, true),
        field("predicate", DataTypes.StringType, false),
        field("object", DataTypes.StringType, false),
        field("object_kind", DataTypes.StringType, false),
        field("object_datatype", DataTypes.StringType, true),
        field("object_lang", DataTypes.StringType, true),
        field("object_label", DataTypes.StringType, true),
        field("confidence", DataTypes.DoubleType, true),
        field("article", DataTypes.StringType, false),
        field("published", DataTypes.DateType, true),
        field("sentence", DataTypes.StringType, true),
        field("sentence_index", DataTypes.IntegerType, true),
        field("sentence_text", DataTypes.StringType, true),
        field("mention_text", DataTypes.StringType, true),
        field("mention_start", DataTypes.IntegerType, true),
        field("mention_end", DataTypes.IntegerType, true),
        field("extractor", DataTypes.StringType, true),
        field("evidence", DataTypes.StringType, false),
    });

    private FactsTable() {
    }

    /**
     * Writes the table of a parts folder.
     *
     * @param spark    the Spark context
     * @param manifest the folder's manifest
     * @param parts    the parts folder (a path every executor sees at the same place, or a Hadoop URI)
     * @return the number of rows written into {@code facts} in the folder
     * @throws IllegalArgumentException when the folder holds a facts table already
     * @throws org.parley.store.StoreException naming the file when a part is bad
     */
    static long write(JavaSparkContext spark, PartManifest manifest, PartsOutput parts) {
        if (parts.exists(DIR)) {
            throw new IllegalArgumentException(parts.resolve(DIR) + " exists already; give a new --out folder");
        }
        List<PartArticles> work = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : manifest.articlesToRead().entrySet()) {
            if (!e.getValue().isEmpty()) {
                work.add(new PartArticles(e.getKey(), List.copyOf(e.getValue())));
            }
        }
        JavaRDD<Row> rows = spark.parallelize(work, Math.max(1, work.size())).flatMap(new ReadPart(parts));
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        String out = parts.resolve(DIR);
        session.createDataFrame(rows, SCHEMA).write().parquet(out);
        return session.read().parquet(out).count();
    }

    /**
     * @param f a row
     * @return it as a row of {@link #SCHEMA}
     */
    static Row row(Fact f) {
        return RowFactory.create(f.subject(), f.subjectLabel(), f.predicate(), f.object(), f.objectKind(),
                f.objectDatatype(), f.objectLang(), f.objectLabel(), f.confidence(), f.article(), f.published(),
                f.sentence(), f.sentenceIndex(), f.sentenceText(), f.mentionText(), f.start(), f.end(),
                f.extractor(), f.evidence());
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }

    /**
     * A task's work: a part file and the articles to read from it.
     *
     * @param file     the part's file name in the folder
     * @param articles the IRIs of its articles to read
     */
    private record PartArticles(String file, List<String> articles) implements Serializable {
    }

    /** The task: the rows of one part, streamed; the reader is closed when the task ends. */
    private static final class ReadPart implements FlatMapFunction<PartArticles, Row> {
        private static final long serialVersionUID = 1L;
        private final PartsOutput parts;

        ReadPart(PartsOutput parts) {
            this.parts = parts;
        }

        @Override
        public Iterator<Row> call(PartArticles p) throws IOException {
            Set<String> keep = Set.copyOf(p.articles());
            PartFactReader reader = PartFactReader.open(parts.resolve(p.file()), parts.open(p.file()), keep::contains);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) context -> reader.close());
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return reader.hasNext();
                }

                @Override
                public Row next() {
                    return row(reader.next());
                }
            };
        }
    }
}
