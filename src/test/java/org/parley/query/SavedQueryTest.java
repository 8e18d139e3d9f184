package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The question of a saved query, read from its header comment. */
class SavedQueryTest {

    private static String question(String text) {
        return SavedQuery.of("q", text, "q.rq").question();
    }

    @Test
    void aOneLineQuestionIsTheFirstCommentLine() {
        assertEquals("Who said what?", question("# Who said what?\n# Columns: speaker, quote.\nSELECT * {}"));
    }

    @Test
    void aQuestionEndingInACommaGoesOnInTheNextCommentLine() {
        assertEquals("Where do sources disagree? Facts (date, ordinal) that articles give differently,"
                        + " each claim with its source.",
                question("# Where do sources disagree? Facts (date, ordinal) that articles give differently,\n"
                        + "# each claim with its source.\n# Columns: subject, value.\nSELECT * {}"));
    }

    @Test
    void theColumnsLineEndsAnUnfinishedQuestion() {
        assertEquals("Rounds by date", question("\n#\n## Rounds by date\n# Columns: date, round\nSELECT * {}"));
    }

    @Test
    void aQueryWithoutHeaderHasNoQuestion() {
        assertEquals("", question("SELECT * {}\n# not a header"));
    }

    @Test
    void theShippedConflictsQueryKeepsItsWholeQuestion() {
        SavedQuery q = SavedQueries.read(Path.of("queries/conflicts.rq"), "queries/conflicts.rq");
        assertEquals("Where do sources disagree? Single-valued facts (date, ordinal, status) that articles give"
                + " differently, each claim with its source.", q.question());
    }
}
