package org.parley.extract.relevance;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.parley.extract.PatternResource;
import org.parley.nlp.Lazy;

/**
 * The relevance classifier: a maximum-entropy model over {@link RelevanceFeatures} (words, word
 * pairs, lexicon cues) that gives, for one sentence, the probability that it reports negotiation
 * between states, governments, armed groups or their envoys.
 *
 * <p>The model is trained from the labelled sentences of the resource {@link #TRAINING} (sections
 * {@code [negotiation]} and {@code [other]}, format of {@link PatternResource}), with L-BFGS and
 * an L2 penalty on one thread, which is deterministic. Training takes 0.1-0.2 s warm but over a
 * second in a cold JVM, so the trained model is committed ({@link #MODEL}, loaded in a few
 * milliseconds) and a test checks that retraining reproduces it byte for byte; retrain with
 * {@link #RETRAIN_COMMAND} after editing the training sentences or the cue lexicon.
 *
 * <p>Thread-safe: the model is immutable and shared.
 */
public final class RelevanceModel {
    /** The labelled training sentences. */
    public static final String TRAINING = "/org/parley/extract/relevance/training.txt";
    /** The committed model trained on {@link #TRAINING}. */
    public static final String MODEL = "/org/parley/extract/relevance/relevance.bin";
    /** The command that retrains the committed model. */
    public static final String RETRAIN_COMMAND = "mvn -q -pl parley-core compile exec:java"
            + " -Dexec.mainClass=org.parley.extract.relevance.RelevanceModel"
            + " -Dexec.args=src/main/resources" + MODEL;
    /** The outcome (and training section) of sentences that report diplomatic negotiation. */
    static final String RELEVANT = "negotiation";
    /** The outcome (and training section) of sentences of any other domain. */
    static final String OTHER = "other";
    /** Training iterations of L-BFGS; the model has converged well before. */
    private static final int ITERATIONS = 200;
    /** The L2 penalty: keeps weights of words seen a few times small, so scores stay graded. */
    private static final double L2_COST = 0.5;

    private static final Lazy<RelevanceModel> SHARED = new Lazy<>(RelevanceModel::load);

    private final AbstractModel model;
    private final int relevant;

    private RelevanceModel(AbstractModel model) {
        this.model = model;
        this.relevant = model.getIndex(RELEVANT);
    }

    /** @return the committed model, loaded on the first call */
    public static RelevanceModel get() {
        return SHARED.get();
    }

    private static RelevanceModel load() {
        try (InputStream in = RelevanceModel.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("relevance model " + MODEL + " is not on the classpath; train it with: "
                        + RETRAIN_COMMAND);
            }
            return new RelevanceModel((AbstractModel) new GenericModelReader(new BinaryFileDataReader(in)).getModel());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read relevance model " + MODEL, e);
        }
    }

    /**
     * Trains the model on {@link #TRAINING} and writes it.
     *
     * @param args the file to write, normally {@code src/main/resources} + {@link #MODEL}
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RelevanceModel <model file to write>");
        }
        Files.write(Path.of(args[0]), train(TRAINING).bytes());
    }

    /** @return the model in OpenNLP's binary model format */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            new GenericModelWriter(model, data).persist();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the relevance model", e);
        }
        return out.toByteArray();
    }

    /**
     * Trains a model on a labelled resource.
     *
     * @param resource classpath resource with sections {@code [negotiation]} and {@code [other]}
     * @return the model
     * @throws IllegalStateException naming the resource when it cannot be read or trained on
     */
    public static RelevanceModel train(String resource) {
        List<Event> events = events(PatternResource.load(resource));
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, 0);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(QNTrainer.L1COST_PARAM, 0.0);
        p.put(QNTrainer.L2COST_PARAM, L2_COST);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            MaxentModel trained = trainer.train(ObjectStreamUtils.createObjectStream(events));
            return new RelevanceModel((AbstractModel) trained);
        } catch (IOException e) {
            throw new UncheckedIOException("relevance model: cannot train on " + resource, e);
        }
    }

    private static List<Event> events(PatternResource training) {
        List<Event> events = new ArrayList<>();
        for (String label : List.of(RELEVANT, OTHER)) {
            if (!training.sectionNames().contains(label)) {
                throw new IllegalStateException(training.resource() + ": no [" + label + "] section");
            }
            for (String sentence : training.entries(label)) {
                events.add(new Event(label, RelevanceFeatures.of(sentence)));
            }
        }
        return events;
    }

    /**
     * @param sentence a sentence's text
     * @return the probability that it reports diplomatic negotiation, in [0,1]
     */
    public double score(String sentence) {
        return score(sentence, RelevanceCues.get().cues(sentence));
    }

    /**
     * @param sentence a sentence's text
     * @param cues     its cue sections, as {@link RelevanceCues#cues} gives them
     * @return the probability that it reports diplomatic negotiation, in [0,1]
     */
    public double score(String sentence, List<String> cues) {
        return model.eval(RelevanceFeatures.of(sentence, cues))[relevant];
    }
}
