package org.parley.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (sentence detector, tokenizer, POS tagger; Maven Central
 * artifacts {@code opennlp-models-*-en}), loaded once from the classpath on first use and shared.
 *
 * <p>The POS tagger is loaded with a beam of {@value #POS_BEAM_SIZE} ({@link #loadSequenceModel}):
 * greedy decoding evaluates the maxent model once per token instead of once per token and beam
 * entry (three by default): 1.2 to 1.4 instead of 2.4 to 2.6 ms per generated article, the same devset
 * scores (docs/performance.md). The name finder in {@code nlp.ner} chooses its own beam.
 * Parley's tagger decodes with {@link SequenceDecoder}; {@link #stockPos()} is the same model as
 * OpenNLP decodes it, which the benchmark's reference pass uses.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} classes built from them are not.
 */
public final class OpenNlpModels {
    /** Beam size used to decode the POS tagger (1: greedy). */
    public static final int POS_BEAM_SIZE = 1;
    private static final Lazy<SentenceModel> SENTENCES =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
    private static final Lazy<TokenizerModel> TOKENS =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
    private static final Lazy<POSModel> STOCK_POS =
            new Lazy<>(() -> loadSequenceModel("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new,
                    POS_BEAM_SIZE));
    private static final Lazy<POSModel> POS = new Lazy<>(() -> decoded(STOCK_POS.get()));
    private static final String POS_MAXENT_ENTRY = "pos.model";

    private static final String MANIFEST = "manifest.properties";
    private static final String BEAM_SIZE_PROPERTY = "BeamSize";

    private OpenNlpModels() {
    }

    /** @return the sentence detector model */
    public static SentenceModel sentences() {
        return SENTENCES.get();
    }

    /** @return the tokenizer model */
    public static TokenizerModel tokens() {
        return TOKENS.get();
    }

    /**
     * @return the part-of-speech model, decoded by {@link SequenceDecoder} over a
     *         {@link CompactMaxentModel}: the tags and probabilities of {@link #stockPos()}, at less
     *         cost
     */
    public static POSModel pos() {
        return POS.get();
    }

    /** @return the part-of-speech model as OpenNLP decodes it ({@code BeamSearch}), for reference */
    public static POSModel stockPos() {
        return STOCK_POS.get();
    }

    /**
     * The same part-of-speech model with {@link SequenceDecoder} as its sequence model.
     *
     * @param stock a POS model whose sequence model is a maxent model
     * @return the model a {@code POSTaggerME} decodes with {@link SequenceDecoder}, evaluating a
     *         {@link CompactMaxentModel}
     */
    static POSModel decoded(POSModel stock) {
        MaxentModel maxent = stock.getArtifact(POS_MAXENT_ENTRY);
        String beam = stock.getManifestProperty(BEAM_SIZE_PROPERTY);
        int size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new POSModel(stock.getLanguage(), new SequenceDecoder(size, CompactMaxentModel.of(maxent)),
                Map.of(BEAM_SIZE_PROPERTY, Integer.toString(size)), stock.getFactory());
    }

    /** Reads a model from a stream. */
    public interface ModelReader<M> {
        /**
         * @param in the model bytes
         * @return the model
         * @throws IOException when the bytes are not a model
         */
        M read(InputStream in) throws IOException;
    }

    /**
     * Loads a model from a classpath resource.
     *
     * @param resource absolute resource name
     * @param reader   the model's constructor
     * @param <M>      model type
     * @return the model
     * @throws IllegalStateException when the resource is missing
     */
    public static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    /**
     * Loads a sequence model from a classpath resource with the given beam size in its manifest.
     *
     * @param resource absolute resource name
     * @param reader   the model's constructor
     * @param beamSize sequences kept while decoding (1: greedy)
     * @param <M>      model type
     * @return the model
     * @throws IllegalStateException when the resource is missing
     */
    public static <M> M loadSequenceModel(String resource, ModelReader<M> reader, int beamSize) {
        return load(resource, in -> reader.read(new ByteArrayInputStream(withBeamSize(in, beamSize))));
    }

    /**
     * Copies an OpenNLP model package (a zip) with the {@code BeamSize} entry of its manifest set.
     *
     * @param model    the model package
     * @param beamSize the beam size to write
     * @return the model package with the new manifest
     * @throws IOException when the package cannot be read
     */
    static byte[] withBeamSize(InputStream model, int beamSize) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean manifestSeen = false;
        try (ZipInputStream zin = new ZipInputStream(model); ZipOutputStream zout = new ZipOutputStream(bytes)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                zout.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(zin);
                    manifest.setProperty(BEAM_SIZE_PROPERTY, Integer.toString(beamSize));
                    manifest.store(zout, null);
                    manifestSeen = true;
                } else {
                    zin.transferTo(zout);
                }
                zout.closeEntry();
            }
        }
        if (!manifestSeen) {
            throw new IOException("not an OpenNLP model package: no " + MANIFEST);
        }
        return bytes.toByteArray();
    }
}
