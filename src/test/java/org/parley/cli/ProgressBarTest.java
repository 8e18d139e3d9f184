package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static String drive(boolean terminal, int total) {
        StringWriter s = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(s), terminal);
        for (int i = 0; i <= total; i++) {
            bar.update(i, total);
        }
        bar.finish();
        return s.toString();
    }

    @Test
    void smallBuildsPrintNothing() {
        assertEquals("", drive(true, ProgressBar.MIN_ARTICLES - 1));
        assertEquals("", drive(false, 100));
    }

    @Test
    void terminalBarIsRedrawnInPlaceAndEndsWithANewline() {
        String out = drive(true, 40);
        assertTrue(out.startsWith("\r["), out);
        assertTrue(out.endsWith("] 40/40 articles" + System.lineSeparator()), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count());
    }

    @Test
    void largeBuildsOutsideATerminalLogElevenPlainLines() {
        String out = drive(false, 1000);
        assertEquals(11, out.lines().count(), out);
        assertTrue(out.lines().allMatch(l -> l.matches("built \\d+/1000 articles")));
    }
}
