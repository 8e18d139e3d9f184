package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.parley.store.BuildProgress;

/**
 * Build progress on standard error. On an interactive terminal a one-line bar redrawn in place
 * (for builds of at least {@link #MIN_ARTICLES} articles); otherwise, for large builds only, one
 * plain line per tenth, so CI logs stay short. Not thread-safe: called from the writer thread.
 */
final class ProgressBar implements BuildProgress {
    /** Smallest build that shows a bar on a terminal. */
    static final int MIN_ARTICLES = 20;
    /** Smallest build that logs progress lines when not on a terminal. */
    static final int MIN_ARTICLES_LOG = 500;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int lastTenth = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** @return true when standard input and output are a terminal and no CI is announced */
    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void update(int done, int total) {
        if (terminal && total >= MIN_ARTICLES) {
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d articles", "#".repeat(filled),
                    " ".repeat(WIDTH - filled), done, total));
            drawn = true;
            if (done >= total) {
                err.println();
                drawn = false;
            }
            err.flush();
        } else if (!terminal && total >= MIN_ARTICLES_LOG) {
            int tenth = (int) ((long) done * 10 / total);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(String.format(Locale.ROOT, "built %d/%d articles", done, total));
                err.flush();
            }
        }
    }

    /** Ends the bar's line if a build stopped before reaching its total. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
