package app.briefingpack.cli;

import static app.briefingpack.testing.PackFiles.contents;
import app.briefingpack.testing.PackFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (as {@code timeout} sends) or Ctrl-C at a random moment of a pack build over an existing
 * pack (issue 20): the run's shutdown hooks leave no hidden staging folder, and the pack is the
 * previous one byte for byte or the new one whole, with no recovery run in between.
 */
class StopDuringBuildIT {

    private static final int RUNS = 20;
    /** Every fifth run narrates, in a folder of its own (a run without audio keeps the old narration). */
    private static final int AUDIO_EVERY = 5;
    /** Every fourth run is stopped as Ctrl-C stops it: SIGINT to the parent and its child at once. */
    private static final int SIGINT_EVERY = 4;

    @TempDir
    Path work;

    @Test
    void aStoppedRunLeavesNoStagingFolderAndTheOldOrTheNewPack() throws Exception {
        Path a = write("a/story.txt", article("The council met on Monday.", "It voted to open a library in the old mill on Friday.", 12));
        Path b = write("b/story.txt", article("The council met on Tuesday.", "It voted against the new bridge in May.", 16));
        Path shortA = write("sa/story.txt", article("The mayor spoke on Monday.", "She said the bus fares would fall in June.", 8));
        Path shortB = write("sb/story.txt", article("The mayor spoke on Friday.", "He said the park would close in March.", 10));

        Path out = work.resolve("out");
        Path outAudio = work.resolve("out-audio");
        Timing plain = reference(a, out, false);
        Map<String, byte[]> packA = contents(out.resolve("story"));
        Map<String, byte[]> packB = contents(buildElsewhere(b, "refB", false));
        Timing spoken = reference(shortA, outAudio, true);
        Map<String, byte[]> audioA = contents(outAudio.resolve("story"));
        Map<String, byte[]> audioB = contents(buildElsewhere(shortB, "refAudioB", true));
        assertThat(audioA).containsKey("narration.mp3");

        Map<Path, Map<String, byte[]>> current = new TreeMap<>(Map.of(out, packA, outAudio, audioA));
        Map<Path, Boolean> holdsA = new TreeMap<>(Map.of(out, true, outAudio, true));
        Random random = new Random(20L);
        int stoppedWhileStaging = 0;
        for (int i = 0; i < RUNS; i++) {
            boolean audio = i % AUDIO_EVERY == AUDIO_EVERY - 1;
            Path folder = audio ? outAudio : out;
            boolean second = holdsA.get(folder);
            Path article = audio ? (second ? shortB : shortA) : (second ? b : a);
            Map<String, byte[]> next = audio ? (second ? audioB : audioA) : (second ? packB : packA);
            Timing timing = audio ? spoken : plain;

            Process parent = start(article, folder, audio);
            // half the runs are stopped while the staging folder is being filled, the others at
            // any moment from the start of the JVM to the end of the build
            if (i % 2 == 0) {
                waitForStaging(parent, folder);
                Thread.sleep(random.nextLong(Math.max(1, timing.staged())));
            } else {
                Thread.sleep(random.nextLong(Math.max(1, timing.total())));
            }
            List<ProcessHandle> family = new ArrayList<>(parent.descendants().toList());
            boolean staging = hasStaging(folder);
            if (i % SIGINT_EVERY == SIGINT_EVERY - 1) {
                List<String> kill = new ArrayList<>(List.of("kill", "-INT", String.valueOf(parent.pid())));
                family.forEach(p -> kill.add(String.valueOf(p.pid())));
                new ProcessBuilder(kill).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } else {
                parent.destroy(); // SIGTERM, as timeout(1) sends it
            }
            assertThat(parent.waitFor(60, TimeUnit.SECONDS)).as("run %d: stopped", i).isTrue();
            for (ProcessHandle child : family) child.onExit().get(30, TimeUnit.SECONDS);
            if (staging && parent.exitValue() != 0) stoppedWhileStaging++;

            try (Stream<Path> s = Files.list(folder)) {
                assertThat(s.map(p -> p.getFileName().toString()))
                        .as("run %d (exit %d): only the pack and its lock are left", i, parent.exitValue())
                        .containsExactlyInAnyOrder("story", ".briefing-pack.lock");
            }
            Map<String, byte[]> pack = contents(folder.resolve("story"));
            boolean old = same(pack, current.get(folder));
            assertThat(old || sameBuild(pack, next))
                    .as("run %d (exit %d): the previous pack or the new one, found %s", i, parent.exitValue(), pack.keySet())
                    .isTrue();
            if (!old) {
                current.put(folder, pack);
                holdsA.put(folder, !second);
            }
        }
        // the draw must have hit builds in the middle, or the test proves nothing
        assertThat(stoppedWhileStaging).as("runs stopped while their staging folder existed").isGreaterThanOrEqualTo(5);
    }

    /** How long a build takes in all, and how long its staging folder exists, in ms. */
    private record Timing(long total, long staged) {}

    private Timing reference(Path article, Path out, boolean audio) throws Exception {
        long start = System.nanoTime();
        Process p = start(article, out, audio);
        long staged = waitForStaging(p, out);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        long end = System.nanoTime();
        return new Timing(TimeUnit.NANOSECONDS.toMillis(end - start), staged < 0 ? 1 : TimeUnit.NANOSECONDS.toMillis(end - staged));
    }

    private Path buildElsewhere(Path article, String dir, boolean audio) throws Exception {
        Process p = start(article, work.resolve(dir), audio);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return work.resolve(dir).resolve("story");
    }

    /** Waits until the run's staging folder appears (or the run ends); the moment it appeared, or -1. */
    private static long waitForStaging(Process p, Path out) throws Exception {
        while (p.isAlive()) {
            if (hasStaging(out)) return System.nanoTime();
            Thread.sleep(5);
        }
        return -1;
    }

    private static boolean hasStaging(Path out) throws Exception {
        if (!Files.isDirectory(out)) return false;
        try (Stream<Path> s = Files.list(out)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith(".story.staging-"));
        }
    }

    private Process start(Path article, Path out, boolean audio) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRun.jar().toString(), article.toString(), "-o", out.toString(), "--folder-name", "file", "-q", "--no-braille"));
        if (!audio) cmd.add("--no-audio");
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String article(String lead, String sentence, int paragraphs) {
        StringBuilder text = new StringBuilder(lead).append("\n\n");
        for (int i = 0; i < paragraphs; i++) text.append(sentence).append(" Speaker ").append(i + 1).append(" agreed.\n\n");
        return text.toString();
    }

    private Path write(String name, String text) throws Exception {
        return PackFiles.write(work.resolve(name), text);
    }


    /**
     * A pack built anew equals the reference build byte for byte, but for the read-along book,
     * whose package document records when it was made (EPUB requires dcterms:modified).
     */
    private static boolean sameBuild(Map<String, byte[]> x, Map<String, byte[]> y) {
        if (!x.keySet().equals(y.keySet())) return false;
        for (String k : x.keySet()) {
            boolean equal = k.equals("narration.epub") ? x.get(k).length > 0 : Arrays.equals(x.get(k), y.get(k));
            if (!equal) return false;
        }
        return true;
    }

    private static boolean same(Map<String, byte[]> x, Map<String, byte[]> y) {
        if (!x.keySet().equals(y.keySet())) return false;
        for (String k : x.keySet()) if (!Arrays.equals(x.get(k), y.get(k))) return false;
        return true;
    }
}
