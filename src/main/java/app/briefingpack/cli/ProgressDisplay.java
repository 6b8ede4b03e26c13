package app.briefingpack.cli;

import app.briefingpack.pack.ProgressListener;
import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a batch's progress on stderr. On a terminal: one progress bar, the current stage as its
 * message. Elsewhere (a pipe, a log file, a test): one plain line per article and stage, which
 * scripts can read. Warnings and errors always get lines of their own; {@code --quiet} keeps only
 * errors. Thread-safe: worker threads report at the same time.
 */
abstract class ProgressDisplay implements ProgressListener, AutoCloseable {

    /** The display for this run: a bar when stderr is a terminal, else plain lines. */
    static ProgressDisplay choose(boolean quiet, boolean terminal, PrintWriter err, int articles) {
        if (quiet) return new Quiet(err);
        if (terminal) return new Bar(err, System.err, articles);
        return new Lines(err);
    }

    protected final PrintWriter err;

    ProgressDisplay(PrintWriter err) {
        this.err = err;
    }

    /** An article is done (built or failed). */
    abstract void articleDone();

    /** A warning about one article. */
    abstract void warning(String message);

    /** An error line: always shown, even with --quiet. */
    synchronized void error(String message) {
        line("error: " + message);
    }

    /** Prints one line; names in it (files can be called anything) cannot break it or drive the terminal. */
    protected synchronized void line(String text) {
        err.println(Messages.quote(text));
        err.flush();
    }

    @Override
    public void close() {
        err.flush();
    }

    /** --quiet: errors and the summary only. */
    static final class Quiet extends ProgressDisplay {
        Quiet(PrintWriter err) { super(err); }

        @Override public void stage(String source, String stage) { }

        @Override void articleDone() { }

        @Override void warning(String message) { }
    }

    /** One line per article and stage ("x.txt: read"), as before batches existed. */
    static final class Lines extends ProgressDisplay {
        Lines(PrintWriter err) { super(err); }

        @Override public void stage(String source, String stage) { line(source + ": " + stage); }

        @Override void articleDone() { }

        @Override void warning(String message) { line("warning: " + message); }
    }

    /** A progress bar on the terminal; warnings and errors are printed above it. */
    static final class Bar extends ProgressDisplay {
        private final ProgressBar bar;

        Bar(PrintWriter err, PrintStream terminal, int articles) {
            super(err);
            this.bar = new ProgressBarBuilder().setTaskName("Packs").setInitialMax(articles)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).hideEta()
                    .setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
        }

        @Override public void stage(String source, String stage) {
            bar.setExtraMessage(shorten(source) + ": " + stage);
        }

        @Override void articleDone() { bar.step(); }

        @Override void warning(String message) { line("warning: " + message); }

        @Override protected synchronized void line(String text) {
            // Clear the bar's line first so the message does not run into it; the bar redraws itself.
            err.print("\r\u001B[K");
            super.line(text);
        }

        @Override public void close() {
            bar.close();
            super.close();
        }

        private static String shorten(String s) {
            return s.length() <= 30 ? s : s.substring(0, 27) + "...";
        }
    }
}
