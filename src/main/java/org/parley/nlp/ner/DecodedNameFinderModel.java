package org.parley.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.parley.nlp.CompactMaxentModel;
import org.parley.nlp.SequenceDecoder;

/**
 * An OpenNLP name finder model whose {@link NameFinderME} decodes with Parley's
 * {@link SequenceDecoder} over a {@link CompactMaxentModel} (the same names and probabilities as
 * OpenNLP's beam search over its maxent model, at less cost) instead of OpenNLP's {@code BeamSearch}. The beam size is the model's {@code BeamSize}
 * manifest entry, as for OpenNLP. Its token and token-class features are made by
 * {@link LowercaseTokenFeatures} (the same features as OpenNLP's generators).
 *
 * <p>Input: a serialized model package; the model is immutable and thread-safe, like its parent.
 */
public final class DecodedNameFinderModel extends TokenNameFinderModel {
    private static final String MAXENT_ENTRY = "nameFinder.model";
    /** The entry of the feature generator descriptor ({@code TokenNameFinderModel}'s, package-private there). */
    private static final String GENERATOR_ENTRY = "generator.featuregen";
    /** The compact form of the maxent model, made on first use and shared by every finder. */
    private volatile MaxentModel compact;

    /**
     * @param in a name finder model package
     * @throws IOException when the package cannot be read
     */
    public DecodedNameFinderModel(InputStream in) throws IOException {
        super(in);
    }

    /**
     * The model's artifacts, with the feature generator descriptor pointed at
     * {@link LowercaseTokenFeatures}' generators (the same features, made with less garbage).
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T getArtifact(String key) {
        T artifact = super.getArtifact(key);
        if (GENERATOR_ENTRY.equals(key) && artifact instanceof byte[] descriptor) {
            return (T) LowercaseTokenFeatures.rewrite(descriptor);
        }
        return artifact;
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        Object artifact = getArtifact(MAXENT_ENTRY);
        if (artifact instanceof MaxentModel maxent) {
            MaxentModel m = compact;
            if (m == null) {
                synchronized (this) {
                    m = compact;
                    if (m == null) {
                        m = CompactMaxentModel.of(maxent);
                        compact = m;
                    }
                }
            }
            String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
            return new SequenceDecoder(beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam), m);
        }
        return super.getNameFinderSequenceModel();
    }
}
