package app.briefingpack.speech;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import app.briefingpack.model.Briefing;

/**
 * Development only: narrates the sample into a folder (default: narration/ in the system temp folder) with the texts a
 * word-error-rate check needs. {@code reference-written.txt} is what was read, as written;
 * {@code reference-spoken.txt} is the same after normalisation.
 */
public final class NarrationDevRunner {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/narration");
        int wpm = args.length > 1 ? Integer.parseInt(args[1]) : NarrationOptions.DEFAULT_WORDS_PER_MINUTE;
        Files.createDirectories(dir);
        Briefing b = SampleBriefing.load();
        long t0 = System.nanoTime();
        Narration n = Narrator.narrate(b, new NarrationOptions(wpm, null));
        long t1 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(dir.resolve("narration.wav"))) {
            n.writeWav(out);
        }
        long t2 = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(dir.resolve("narration.mp3"))) {
            n.writeMp3(out);
        }
        long t3 = System.nanoTime();
        Files.writeString(dir.resolve("narration.vtt"), n.captionsVtt());
        Files.writeString(dir.resolve("chapters.vtt"), n.chaptersVtt());
        Files.writeString(dir.resolve("reference-written.txt"), text(n, false));
        Files.writeString(dir.resolve("reference-spoken.txt"), text(n, true));
        System.out.printf("narrate %.0f ms, wav %.0f ms, mp3 %.0f ms%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
        System.out.printf("duration %s, %.1f words a minute, %d captions%n", n.duration(), n.wordsPerMinute(), n.captions().size());
        System.out.println("guessed: " + n.guessedWords());
    }

    private static String text(Narration n, boolean spoken) {
        return n.script().stream().flatMap(c -> c.paragraphs().stream()).flatMap(p -> p.sentences().stream())
                .map(s -> spoken ? s.spoken() : s.written()).collect(Collectors.joining("\n")) + "\n";
    }
}
