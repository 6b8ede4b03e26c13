package app.briefingpack.pack;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.braille.BrailleException;
import app.briefingpack.braille.UebTranslator;
import app.briefingpack.layout.FontFace;
import app.briefingpack.layout.FontLibrary;
import app.briefingpack.speech.Narrator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads what pack builds need on two background threads, so the loads overlap with each other and
 * with start-up and reading instead of queuing behind them. Each loader is the same lazy,
 * load-once holder the stages use, so a stage that gets there first simply waits.
 *
 * <p>Order matters on two cores: the analysis is the first stage and needs every language model,
 * so {@link #startAnalysis} queues them first, as soon as the program knows it will build packs
 * (before the command line is even parsed); what only later stages use (fonts, the braille
 * tables, the voices) is queued behind them by {@link #start} and only for the outputs asked for,
 * so it never competes with the analysis's own loads.
 */
public final class Preloader {

    /** One queue for the whole run, first in first out. */
    private static final ExecutorService LOADERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "preload");
        t.setDaemon(true);
        return t;
    });

    private static boolean analysisQueued;

    private Preloader() {}

    /** Queues the analysis's models (once per run): every output of a pack needs the analysis. */
    public static synchronized void startAnalysis() {
        if (analysisQueued) return;
        analysisQueued = true;
        Analyser.modelLoaders().forEach(LOADERS::submit);
    }

    /** Queues the analysis's models if not yet queued, then what the outputs of {@code options} need. */
    public static void start(PackOptions options) {
        startAnalysis();
        // Narrator.warmUp only hands the voices to the narration's own threads; queued here, the
        // voices start loading once the models have, and are ready before the analysis ends.
        if (options.writes(PackOptions.Output.AUDIO)) LOADERS.submit(Narrator::warmUp);
        if (options.writes(PackOptions.Output.PDF)) {
            LOADERS.submit(() -> {
                for (FontFace face : List.of(FontFace.SERIF, FontFace.SANS, FontFace.SANS_BOLD, FontFace.SERIF_BOLD))
                    FontLibrary.preload(face);
            });
        }
        if (options.writes(PackOptions.Output.BRAILLE)) {
            LOADERS.submit(() -> {
                try {
                    UebTranslator.forGrade(options.braille().grade()); // native liblouis and its table
                } catch (BrailleException e) {
                    // The pack build meets the same failure and reports it as a warning.
                }
            });
        }
    }
}
