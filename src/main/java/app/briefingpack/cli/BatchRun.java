package app.briefingpack.cli;

import app.briefingpack.ingest.InputException;
import app.briefingpack.pack.PackBuilder;
import app.briefingpack.pack.PackResult;
import app.briefingpack.pack.PackWriteException;
import app.briefingpack.speech.PronunciationLexicon;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Builds many articles with one shared {@link PackBuilder}, {@code jobs} at a time. Each article
 * is isolated: whatever it throws (bad input, a full disk, a bug, even a stack overflow or running
 * out of memory) becomes that article's failure and the others go on. Outcomes are handed on in
 * input order, whatever order the workers finish in, so output is the same with any --jobs.
 */
final class BatchRun {

    /**
     * Worker threads get a large stack: deeply nested or very long input can drive library code
     * (regular expressions, HTML and Markdown parsers) into deep recursion that the default
     * 512 KB-1 MB stack does not hold. Threads reserve, not commit, this memory.
     */
    static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

    /** Builds one article's pack: {@link PackBuilder#build} in the program, anything in tests. */
    @FunctionalInterface
    interface PackBuild {
        PackResult build(Path article) throws Exception;
    }

    private final PackBuild builder;
    private final int jobs;
    private final ProgressDisplay display;

    BatchRun(PackBuild builder, int jobs, ProgressDisplay display) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        this.builder = builder;
        this.jobs = jobs;
        this.display = display;
    }

    /** Builds every file; {@code onOutcome} is called on this thread, in input order. */
    List<ArticleOutcome> run(List<Path> files, Consumer<ArticleOutcome> onOutcome) throws InterruptedException {
        List<ArticleOutcome> outcomes = new ArrayList<>(files.size());
        if (files.isEmpty()) return outcomes;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, files.size()), workerThreads());
        try {
            List<Future<ArticleOutcome>> pending = new ArrayList<>(files.size());
            for (Path file : files) pending.add(pool.submit(() -> buildIsolated(file)));
            for (int i = 0; i < files.size(); i++) {
                ArticleOutcome outcome;
                try {
                    outcome = pending.get(i).get();
                } catch (ExecutionException e) { // buildIsolated catches everything; kept for safety
                    outcome = ArticleOutcome.failed(files.get(i), nameOf(files.get(i)) + ": " + describe(e.getCause()));
                }
                outcomes.add(outcome);
                onOutcome.accept(outcome);
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    /** One article, never throwing. */
    ArticleOutcome buildIsolated(Path file) {
        String name = nameOf(file);
        try {
            PackResult result = builder.build(file);
            return ArticleOutcome.built(file, result.folder(), result.files(), WarningDigest.condense(name, result.warnings()),
                    result.commitOrder());
        } catch (InputException e) {
            return ArticleOutcome.failed(file, e.getMessage());
        } catch (Throwable e) {
            if (Boolean.getBoolean("briefing.debug")) e.printStackTrace();
            return ArticleOutcome.failed(file, name + ": " + describe(e));
        } finally {
            display.articleDone();
        }
    }

    /** A one-line reason for an unexpected failure. */
    static String describe(Throwable e) {
        if (e instanceof StackOverflowError)
            return "could not build the pack: the article is nested too deeply or is too long to process (stack overflow)";
        if (e instanceof OutOfMemoryError)
            return "could not build the pack: out of memory (try --jobs 1, or give Java more memory with -Xmx)";
        if (e instanceof PackWriteException || e instanceof PronunciationLexicon.LexiconException)
            return e.getMessage();
        if (e instanceof IOException)
            return "could not write the pack: " + e.getMessage();
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        if (message.length() > 200) message = message.substring(0, 197) + "...";
        return "could not build the pack (internal error " + e.getClass().getSimpleName() + message + ")";
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "briefing-worker-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
