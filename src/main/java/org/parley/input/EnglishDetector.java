package org.parley.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells English articles from the others with OpenNLP's language detector (the
 * {@code opennlp-models-langdetect} model, 103 languages, loaded once from the classpath on first
 * use and shared). A page that declares a language other than English ({@code <html lang>}) is
 * taken at its word; any other text goes to the detector, its first {@value #SAMPLE_CHARS}
 * characters, since many sites declare English in a template whatever the page says.
 * Thread-safe (one detector per thread; the model is immutable).
 */
public final class EnglishDetector {
    /** Characters of an article the detector reads: enough to decide, cheap to read. */
    static final int SAMPLE_CHARS = 2000;
    private static final String MODEL = "/langdetect-183.bin";
    private static final ThreadLocal<LanguageDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new LanguageDetectorME(Model.INSTANCE));

    private EnglishDetector() {
    }

    /**
     * @param text     the article's text
     * @param declared the primary language subtag the page declares ("en", "fr"), or null
     * @return null when the article is in English, else the language found (an ISO 639 code)
     */
    public static String otherLanguage(String text, String declared) {
        if (declared != null && !declared.isBlank()) {
            String lang = declared.toLowerCase(Locale.ROOT);
            if (!lang.equals("en") && !lang.equals("eng")) {
                return lang;
            }
        }
        Language best = DETECTOR.get().predictLanguage(text.substring(0, Math.min(text.length(), SAMPLE_CHARS)));
        return best.getLang().equals("eng") ? null : best.getLang();
    }

    /** The model, read on first use. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = EnglishDetector.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + MODEL, e);
            }
        }
    }
}
