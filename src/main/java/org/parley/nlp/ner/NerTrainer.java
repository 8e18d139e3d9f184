package org.parley.nlp.ner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Parley's English name finder (persons, locations, organizations) with OpenNLP's
 * {@link NameFinderME} from the annotated corpus in {@code src/main/ner/*.train}, and writes
 * {@code src/main/resources/org/parley/nlp/ner/parley-ner.bin} with
 * {@code parley-ner.properties}, which records the SHA-256 of the corpus and of the training
 * settings so that {@code NerModelCurrentTest} can tell when the committed model is stale.
 *
 * <p>Retrain after changing the corpus or the settings (from the project root):
 * <pre>
 * mvn -q -o -pl parley-core compile exec:java -Dexec.mainClass=org.parley.nlp.ner.NerTrainer
 * </pre>
 * Other modes, via {@code -Dexec.args=...}: {@code --cv} runs 10-fold cross-validation
 * (documents kept whole) and prints precision, recall and F1 per type; {@code --devset DIR}
 * measures person recall of the committed model on a gold-annotated devset (see
 * {@link NerEvaluation}); {@code --throughput DIR} times the stage on the articles of DIR.
 * {@code --features default|parley}, {@code --codec bio|bilou},
 * {@code --algorithm MAXENT|PERCEPTRON}, {@code --iterations N} and {@code --cutoff N} override
 * the settings for experiments (CV only; the committed model always uses {@link #defaults()}).
 * The corpus itself is generated from markup by {@code src/build/ner/build-corpus.sh}.
 *
 * <p>Training is deterministic (one thread, fixed corpus order). Static methods only; thread-safe.
 */
public final class NerTrainer {
    /** Directory of the corpus files, relative to the project root. */
    public static final Path CORPUS_DIR = Path.of("src/main/ner");
    /** Directory the model and its properties are written to, relative to the project root. */
    public static final Path MODEL_DIR = Path.of("src/main/resources/org/parley/nlp/ner");
    /** Classpath resource of the model. */
    public static final String MODEL_RESOURCE = "/org/parley/nlp/ner/parley-ner.bin";
    /** Classpath resource of the model's properties. */
    public static final String PROPERTIES_RESOURCE = "/org/parley/nlp/ner/parley-ner.properties";
    /** The command that retrains the committed model. */
    public static final String RETRAIN_COMMAND =
            "mvn -q -o -pl parley-core compile exec:java -Dexec.mainClass=org.parley.nlp.ner.NerTrainer";
    private static final String FEATURES_RESOURCE = "/org/parley/nlp/ner/parley-ner-features.xml";
    private static final String DEFAULT_FEATURES_RESOURCE = "/opennlp/tools/namefind/ner-default-features.xml";

    private NerTrainer() {
    }

    /**
     * Training settings.
     *
     * @param algorithm  OpenNLP trainer ("MAXENT" or "PERCEPTRON")
     * @param iterations training iterations
     * @param cutoff     minimum feature count
     * @param codec      "bio" or "bilou"
     * @param features   feature generator descriptor (XML bytes)
     */
    public record Settings(String algorithm, int iterations, int cutoff, String codec, byte[] features) {

        /** @return OpenNLP training parameters (single-threaded for determinism) */
        public TrainingParameters parameters() {
            TrainingParameters p = new TrainingParameters();
            p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
            p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
            p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
            p.put(TrainingParameters.THREADS_PARAM, 1);
            return p;
        }

        /** @return the sequence codec */
        public SequenceCodec<String> sequenceCodec() {
            return switch (codec) {
                case "bio" -> new BioCodec();
                case "bilou" -> new BilouCodec();
                default -> throw new IllegalArgumentException("unknown codec " + codec + " (bio or bilou)");
            };
        }

        /** @return the name finder factory for these settings */
        public TokenNameFinderFactory factory() {
            return new TokenNameFinderFactory(features, Map.of(), sequenceCodec());
        }

        /** @return SHA-256 (hex) of everything that determines the model besides the corpus */
        public String digest() {
            MessageDigest md = sha256();
            md.update((algorithm + "\n" + iterations + "\n" + cutoff + "\n" + codec + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            md.update(features);
            return HexFormat.of().formatHex(md.digest());
        }
    }

    /** @return the settings of the committed model */
    public static Settings defaults() {
        return new Settings("MAXENT", 150, 1, "bilou", resource(FEATURES_RESOURCE));
    }

    /**
     * @param dir the corpus directory
     * @return its {@code *.train} files, sorted by name
     * @throws UncheckedIOException when the directory cannot be listed
     */
    public static List<Path> corpusFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".train")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the NER corpus in " + dir, e);
        }
    }

    /**
     * @param files corpus files
     * @return SHA-256 (hex) over the files' names and contents, in the given order
     */
    public static String corpusDigest(List<Path> files) {
        MessageDigest md = sha256();
        for (Path f : files) {
            md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(read(f));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Reads the corpus as one stream of samples; each file starts a new document.
     *
     * @param files corpus files in OpenNLP name-finder format
     * @return the samples
     * @throws IOException when the stream cannot be opened
     */
    public static ObjectStream<NameSample> samples(List<Path> files) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(new String(read(f), StandardCharsets.UTF_8).strip()).append("\n\n");
        }
        byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
        return new NameSampleDataStream(
                new PlainTextByLineStream(() -> new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }

    /**
     * Trains a model.
     *
     * @param files    corpus files
     * @param settings training settings
     * @return the model
     * @throws IOException when the corpus cannot be read or is malformed
     */
    public static TokenNameFinderModel train(List<Path> files, Settings settings) throws IOException {
        try (ObjectStream<NameSample> samples = samples(files)) {
            return NameFinderME.train("en", null, samples, settings.parameters(), settings.factory());
        }
    }

    /**
     * Counts sentences and names per type.
     *
     * @param files corpus files
     * @return "sentences" and one count per name type, sorted by key
     * @throws IOException when the corpus cannot be read
     */
    public static Map<String, Integer> statistics(List<Path> files) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("sentences", 0);
        try (ObjectStream<NameSample> samples = samples(files)) {
            NameSample s;
            while ((s = samples.read()) != null) {
                if (s.getSentence().length == 0) {
                    continue;
                }
                counts.merge("sentences", 1, Integer::sum);
                for (Span n : s.getNames()) {
                    counts.merge(n.getType(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * Trains the committed model with {@link #defaults()} and writes the model and its properties.
     *
     * @param corpusDir corpus directory
     * @param modelDir  output directory
     * @return a summary line for the console
     * @throws IOException when reading or writing fails
     */
    public static String trainAndWrite(Path corpusDir, Path modelDir) throws IOException {
        List<Path> files = corpusFiles(corpusDir);
        if (files.isEmpty()) {
            throw new IOException(corpusDir + ": no *.train files");
        }
        Settings settings = defaults();
        long t0 = System.nanoTime();
        TokenNameFinderModel model = train(files, settings);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Files.createDirectories(modelDir);
        try (OutputStream out = Files.newOutputStream(modelDir.resolve("parley-ner.bin"))) {
            model.serialize(out);
        }
        Map<String, Integer> stats = statistics(files);
        StringBuilder p = new StringBuilder();
        p.append("# Parley name finder model parley-ner.bin; written by org.parley.nlp.ner.NerTrainer.\n");
        p.append("# Retrain with: ").append(RETRAIN_COMMAND).append('\n');
        p.append("corpus.sha256=").append(corpusDigest(files)).append('\n');
        p.append("parameters.sha256=").append(settings.digest()).append('\n');
        p.append("corpus.files=").append(String.join(",", files.stream().map(f -> f.getFileName().toString()).toList()))
                .append('\n');
        stats.forEach((k, v) -> p.append("corpus.").append(k).append('=').append(v).append('\n'));
        p.append("parameters=").append(settings.algorithm()).append(" iterations=").append(settings.iterations())
                .append(" cutoff=").append(settings.cutoff()).append(" codec=").append(settings.codec()).append('\n');
        Files.writeString(modelDir.resolve("parley-ner.properties"), p.toString(), StandardCharsets.UTF_8);
        return "trained on " + stats + " in " + ms + " ms; wrote " + modelDir.resolve("parley-ner.bin");
    }

    /**
     * Command line: see the class comment.
     *
     * @param args mode and overrides
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        Settings s = defaults();
        String mode = "train";
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cv" -> mode = "cv";
                case "--devset" -> {
                    mode = "devset";
                    dir = Path.of(args[++i]);
                }
                case "--throughput" -> {
                    mode = "throughput";
                    dir = Path.of(args[++i]);
                }
                case "--features" -> {
                    String f = args[++i];
                    s = new Settings(s.algorithm(), s.iterations(), s.cutoff(), s.codec(),
                            resource("default".equals(f) ? DEFAULT_FEATURES_RESOURCE : FEATURES_RESOURCE));
                }
                case "--codec" -> s = new Settings(s.algorithm(), s.iterations(), s.cutoff(), args[++i], s.features());
                case "--algorithm" -> s = new Settings(args[++i], s.iterations(), s.cutoff(), s.codec(), s.features());
                case "--iterations" -> s = new Settings(s.algorithm(), Integer.parseInt(args[++i]), s.cutoff(),
                        s.codec(), s.features());
                case "--cutoff" -> s = new Settings(s.algorithm(), s.iterations(), Integer.parseInt(args[++i]),
                        s.codec(), s.features());
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --cv, --devset DIR, --throughput DIR, --features, --codec, --algorithm, --iterations, --cutoff");
            }
        }
        switch (mode) {
            case "cv" -> System.out.print(NerEvaluation.crossValidate(corpusFiles(CORPUS_DIR), s, 10));
            case "devset" -> System.out.print(NerEvaluation.devset(dir));
            case "throughput" -> System.out.print(NerEvaluation.throughput(dir));
            default -> System.out.println(trainAndWrite(CORPUS_DIR, MODEL_DIR));
        }
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = NerTrainer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
