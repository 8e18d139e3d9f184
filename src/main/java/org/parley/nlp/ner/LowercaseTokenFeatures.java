package org.parley.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory;

/**
 * OpenNLP's token and token-class feature generators with the same features, lower-cased without
 * a stream per token.
 *
 * <p>OpenNLP lower-cases a token ({@link StringUtil#toLowerCase}) by streaming its code points into
 * an array, and the name finder's windows do it about eleven times per token: the largest source
 * of garbage in Parley's conversion. {@link #lower(String)} gives the same string (each code point
 * through {@link Character#toLowerCase(int)}) with a loop over the characters of ASCII tokens, and
 * falls back to OpenNLP's method for any other token. {@link TokenFactory} and
 * {@link TokenClassFactory} build generators with exactly the features of
 * {@link TokenFeatureGenerator} and {@link TokenClassFeatureGenerator}; {@link #rewrite(byte[])}
 * points a model's feature generator descriptor at them, so a model trained with OpenNLP's
 * generators is read unchanged ({@code LowercaseTokenFeaturesTest} compares the contexts).
 *
 * <p>Stateless; the generators are thread-safe.
 */
public final class LowercaseTokenFeatures {
    private static final String TOKEN = "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory";
    private static final String TOKEN_CLASS = "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory";

    private LowercaseTokenFeatures() {
    }

    /**
     * @param s a token
     * @return {@code StringUtil.toLowerCase(s)}: the same characters as that method gives
     */
    static String lower(String s) {
        int n = s.length();
        int first = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return StringUtil.toLowerCase(s);
            }
            if (first < 0 && c >= 'A' && c <= 'Z') {
                first = i;
            }
        }
        if (first < 0) {
            return s;
        }
        char[] out = s.toCharArray();
        for (int i = first; i < n; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    /**
     * @param descriptor a name finder's feature generator descriptor (XML)
     * @return the same descriptor with OpenNLP's token and token-class generator factories replaced
     *         by {@link TokenFactory} and {@link TokenClassFactory}
     */
    static byte[] rewrite(byte[] descriptor) {
        String xml = new String(descriptor, StandardCharsets.UTF_8);
        String out = xml.replace("\"" + TOKEN + "\"", "\"" + TokenFactory.class.getName() + "\"")
                .replace("\"" + TOKEN_CLASS + "\"", "\"" + TokenClassFactory.class.getName() + "\"");
        return out.getBytes(StandardCharsets.UTF_8);
    }

    /** Makes {@link TokenFeatureGenerator}'s features; reads the same {@code lowercase} setting. */
    public static final class TokenFactory extends TokenFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
            boolean lowercase = getBool("lowercase", true);
            return new AdaptiveFeatureGenerator() {
                @Override
                public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
                    features.add("w=" + (lowercase ? lower(tokens[index]) : tokens[index]));
                }
            };
        }
    }

    /** Makes {@link TokenClassFeatureGenerator}'s features; reads the same {@code wordAndClass} setting. */
    public static final class TokenClassFactory extends TokenClassFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
            boolean wordAndClass = getBool("wordAndClass", true);
            return new AdaptiveFeatureGenerator() {
                @Override
                public void createFeatures(List<String> features, String[] tokens, int index, String[] preds) {
                    String wordClass = FeatureGeneratorUtil.tokenFeature(tokens[index]);
                    features.add("wc=" + wordClass);
                    if (wordAndClass) {
                        features.add("w&c=" + lower(tokens[index]) + "," + wordClass);
                    }
                }
            };
        }
    }
}
