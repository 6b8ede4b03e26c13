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
 * Starts loading what every pack build needs (language models, WordNet, the CMU dictionary, the
 * voices, the fonts) on background threads as soon as the program starts, so the loads overlap
 * with each other and with reading the first article instead of queuing behind it. Each loader is
 * the same lazy, load-once holder the stages use, so a stage that gets there first simply waits.
 */
public final class Preloader {

    private Preloader() {}

    public static void start(PackOptions options) {
        ExecutorService loaders = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "preload");
            t.setDaemon(true);
            return t;
        });
        if (options.writes(PackOptions.Output.AUDIO)) Narrator.warmUp();
        Analyser.modelLoaders().forEach(loaders::submit);
        if (options.writes(PackOptions.Output.PDF)) {
            loaders.submit(() -> {
                for (FontFace face : List.of(FontFace.SERIF, FontFace.SANS, FontFace.SANS_BOLD, FontFace.SERIF_BOLD))
                    FontLibrary.preload(face);
            });
        }
        if (options.writes(PackOptions.Output.BRAILLE)) {
            loaders.submit(() -> {
                try {
                    UebTranslator.forGrade(options.braille().grade()); // native liblouis and its table
                } catch (BrailleException e) {
                    // The pack build meets the same failure and reports it as a warning.
                }
            });
        }
        loaders.shutdown();
    }
}
