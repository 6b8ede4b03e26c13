package app.briefingpack.pack;

import static app.briefingpack.testing.PackFiles.contents;
import app.briefingpack.testing.PackFiles;
import static app.briefingpack.testing.PackFiles.copy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.pack.PackOptions.Output;

/**
 * {@link KillDuringRebuildTest} for partial reruns: over a full pack (PDFs, large print, narration,
 * braille, JSON), a child JVM reruns with {@code --only json}, {@code --only pdf},
 * {@code --no-audio} or without {@code --large-print}, alternating two versions of the article,
 * and is killed at a random moment, twice per kind of rerun (once anywhere from its start, once
 * in its second build). After recovery the pack is
 * exactly the full pack, or exactly the full pack with the rerun's own files of one version, and
 * every file the rerun does not make is byte-identical to the full pack's.
 */
class KillDuringPartialRerunTest {

    private static final int KILLS_PER_RERUN = 2;

    private static final String A = "Council Opens Library\n\nThe council met on Monday, 3 March 2025.\n\n"
            + "It voted to open a library in the old mill. Residents welcomed the plan.\n\n"
            + "The mayor, Ann Cole, said the work would start in June 2025.\n";
    private static final String B = A.replace("in June 2025", "in September 2025, after the harvest fair");

    /** A kind of rerun: what it writes and whether with large print. */
    private record Rerun(String name, Set<Output> outputs, boolean largePrint) {
        String outputsArg() {
            return outputs.stream().map(Enum::name).collect(Collectors.joining(","));
        }
    }

    @TempDir
    Path work;

    @Test
    void aKilledPartialRerunLeavesTheOldOrTheNewFilesAndTheRestUntouched() throws Exception {
        Path a = write("a/story.txt", A);
        Path b = write("b/story.txt", B);
        Map<String, byte[]> full = contents(new PackBuilder(PackRebuildLoop.options(work.resolve("full"),
                EnumSet.allOf(Output.class), true), ProgressListener.NONE).build(a).folder());
        assertThat(full.keySet()).contains("briefing.json", "brief.pdf", "narration.mp3", "large-print/brief.pdf",
                "braille/brief.brf");

        List<Rerun> reruns = List.of(
                new Rerun("only-json", EnumSet.of(Output.JSON), true),
                new Rerun("only-pdf", EnumSet.of(Output.PDF), true),
                new Rerun("no-audio", EnumSet.of(Output.JSON, Output.PDF, Output.BRAILLE), true),
                new Rerun("no-large-print", EnumSet.of(Output.JSON, Output.PDF, Output.BRAILLE), false));
        Random random = new Random(20261130L);
        long buildMillis = 3000; // learnt from the children: the machine may be busy
        int built = 0;
        Set<String> seen = new java.util.TreeSet<>();
        for (Rerun rerun : reruns) {
            // The states a run of the child may leave: the full pack as it was, or the full pack
            // with the rerun's own files of a or of b (a rerun of an unchanged article may still
            // differ: briefing.json and the brief say what this run made).
            Map<String, byte[]> withA = rerunOver(full, rerun, a, rerun.name() + "-refA");
            Map<String, byte[]> withB = rerunOver(full, rerun, b, rerun.name() + "-refB");
            List<String> made = new ArrayList<>(differing(withB, full));
            differing(withA, full).stream().filter(f -> !made.contains(f)).forEach(made::add);
            assertThat(differing(withA, withB)).as("%s rewrites some files from the changed article", rerun.name()).isNotEmpty();
            assertThat(made).as("%s makes only its own parts", rerun.name())
                    .allMatch(f -> rerun.largePrint() || !f.startsWith("large-print/"))
                    .noneMatch(f -> f.startsWith("narration"));
            Path out = work.resolve(rerun.name()).resolve("out");
            copy(full, out.resolve("story"));
            Files.writeString(out.resolve("story/teacher-notes.txt"), "mine");
            for (int kill = 0; kill < KILLS_PER_RERUN; kill++) {
                Path log = work.resolve(rerun.name() + "-child-" + kill + ".log");
                long started = System.nanoTime();
                List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-Djava.awt.headless=true",
                        "-cp", System.getProperty("java.class.path"), PackRebuildLoop.class.getName(),
                        out.toString(), a.toString(), b.toString(), "-", rerun.outputsArg()));
                if (rerun.largePrint()) command.add("large-print");
                Process child = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectErrorStream(true).start();
                if (kill == 0) {
                    // anywhere from before the first commit (JVM start, recovery, staging) to past it
                    Thread.sleep(100 + random.nextInt((int) Math.max(500, buildMillis * 3 / 2)));
                } else {
                    // a build or more in: wait for the first, then anywhere in the next one
                    while (!Files.readString(log).contains("built") && child.isAlive()) Thread.sleep(20);
                    buildMillis = (System.nanoTime() - started) / 1_000_000;
                    Thread.sleep(random.nextInt((int) Math.max(300, buildMillis)));
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String childLog = Files.readString(log);
                assertThat(childLog.replace("built\n", "")).as("child output").isEmpty();
                built += (int) childLog.lines().filter("built"::equals).count();
                PackFolders.recover(out, "story");

                try (Stream<Path> s = Files.list(out)) {
                    assertThat(s.map(p -> p.getFileName().toString())).as("%s, kill %d", rerun.name(), kill)
                            .containsExactlyInAnyOrder("story", ".briefing-pack.lock");
                }
                Map<String, byte[]> pack = contents(out.resolve("story"));
                assertThat(new String(pack.remove("teacher-notes.txt"))).isEqualTo("mine");
                assertThat(pack.keySet()).as("%s, kill %d: every file of the full pack", rerun.name(), kill)
                        .isEqualTo(full.keySet());
                for (String file : full.keySet())
                    if (!made.contains(file))
                        assertThat(pack.get(file)).as("%s, kill %d: %s, which the rerun does not make", rerun.name(), kill, file)
                                .isEqualTo(full.get(file));
                boolean asBefore = differing(pack, full).isEmpty();
                boolean isA = differing(pack, withA).isEmpty();
                boolean isB = differing(pack, withB).isEmpty();
                assertThat(asBefore || isA || isB).as("%s, kill %d: the pack is exactly the full pack, or it with the rerun's files "
                        + "of a or of b, never a mix (differs from them in %s, %s and %s)", rerun.name(), kill,
                        differing(pack, full), differing(pack, withA), differing(pack, withB)).isTrue();
                seen.add(asBefore ? "before" : isA ? "a" : "b");
            }
        }
        // The children did rerun, so the kills met the pack at different stages.
        assertThat(built).isGreaterThanOrEqualTo(reruns.size());
        // Which state each kill leaves depends on the machine's speed; that some kill met a
        // committed rerun (the new files of a or of b, not only the old ones) does not.
        assertThat(seen).as("some kill left a rerun's new files").containsAnyOf("a", "b");
    }

    /** The full pack after one rerun of {@code article} over it. */
    private Map<String, byte[]> rerunOver(Map<String, byte[]> full, Rerun rerun, Path article, String dir) throws Exception {
        Path out = work.resolve(dir);
        copy(full, out.resolve("story"));
        PackResult r = new PackBuilder(PackRebuildLoop.options(out, rerun.outputs(), rerun.largePrint()), ProgressListener.NONE)
                .build(article);
        return contents(r.folder());
    }

    private Path write(String name, String text) throws IOException {
        return PackFiles.write(work.resolve(name), text);
    }



    /** The names of x's files that y lacks or holds with other bytes, and y's that x lacks. */
    private static List<String> differing(Map<String, byte[]> x, Map<String, byte[]> y) {
        List<String> out = new ArrayList<>(x.keySet().stream().filter(k -> !Arrays.equals(x.get(k), y.get(k))).toList());
        y.keySet().stream().filter(k -> !x.containsKey(k)).forEach(out::add);
        return out;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
