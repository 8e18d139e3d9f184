package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.parley.nlp.Lazy;

/**
 * About 40,000 common English words (SCOWL levels 10-35, see NOTICE), used to tell a capitalized
 * run of ordinary words ("National Reconciliation", "Supreme Council") from a person's name.
 * Loaded once on first use; immutable and thread-safe.
 */
public final class CommonWords {
    private static final Lazy<Set<String>> WORDS = new Lazy<>(CommonWords::load);

    private CommonWords() {
    }

    /**
     * @param word any word
     * @return true when its lower-case form is a common English word
     */
    public static boolean contains(String word) {
        return WORDS.get().contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        String resource = "/org/parley/extract/common-words.txt.gz";
        try (InputStream raw = CommonWords.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            Set<String> words = new HashSet<>(65_536);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        words.add(line.strip());
                    }
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
