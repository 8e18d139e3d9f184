package org.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official OpenNLP English models (sentence detector, tokenizer, POS tagger; Maven Central
 * artifacts {@code opennlp-models-*-en}), loaded once from the classpath on first use and shared.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} classes built from them are not.
 */
public final class OpenNlpModels {
    private static final Lazy<SentenceModel> SENTENCES =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new));
    private static final Lazy<TokenizerModel> TOKENS =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new));
    private static final Lazy<POSModel> POS =
            new Lazy<>(() -> load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new));

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

    /** @return the part-of-speech model */
    public static POSModel pos() {
        return POS.get();
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
}
