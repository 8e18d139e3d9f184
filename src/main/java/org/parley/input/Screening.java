package org.parley.input;

/**
 * Decides which articles a build keeps: those in English ({@link EnglishDetector}) and not a copy
 * of one kept before ({@link NearDuplicates}); the others are skipped with a reason. Builds from
 * the command line screen their inputs; evaluation and benchmarks read every article. Not
 * thread-safe: one instance per load, used from the thread that reads.
 */
public final class Screening {
    /** Reason for skipping an article not in English. */
    public static final String NOT_ENGLISH = "not English";
    /** Reason for skipping a copy of an article already read. */
    public static final String DUPLICATE = "duplicate";

    private final NearDuplicates copies;

    /** Screens language and copies. */
    public Screening() {
        this(true);
    }

    private Screening(boolean copies) {
        this.copies = copies ? new NearDuplicates() : null;
    }

    /**
     * @return a screening of language alone, for streams read apart whose copies are found across
     *         them afterwards (from each kept record's {@link NearDuplicates#signature})
     */
    public static Screening languageOnly() {
        return new Screening(false);
    }

    /**
     * @param record an article just read
     * @return null when it is kept, else why it is skipped
     */
    public InputRecord.Skipped check(InputRecord.Read record) {
        String language = EnglishDetector.otherLanguage(record.text(), record.language());
        if (language != null) {
            return new InputRecord.Skipped(record.place(), NOT_ENGLISH, "language " + language);
        }
        String original = copies == null ? null : copies.copyOf(record.place(), record.text());
        if (original != null) {
            return new InputRecord.Skipped(record.place(), DUPLICATE, "copy of " + original);
        }
        return null;
    }
}
