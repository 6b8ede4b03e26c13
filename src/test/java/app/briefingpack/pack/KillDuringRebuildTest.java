package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any moment leaves, once the next run has recovered the output
 * folder ({@link PackFolders#recover}), exactly the old pack or exactly the new one: the same
 * files, byte for byte, as a clean build of one version, and the teacher's own file kept.
 * A child JVM rebuilds the pack in a loop and is killed at a random time, 20 times in a row: every
 * other time before or around its first commit, else at a random point of a later build (timed by
 * the children's own first builds, so a busy machine does not make every kill land before one).
 */
class KillDuringRebuildTest {

    private static final int RUNS = 20;

    @TempDir
    Path work;

    @Test
    void aKilledRebuildLeavesTheOldOrTheNewPackNeverAMix() throws Exception {
        Path a = write("a/story.txt", "The council met on Monday.\n\nIt voted to open a library in the old mill.\n"
                + "Residents welcomed the plan.\n\n".repeat(30));
        Path b = write("b/story.txt", "The council met on Tuesday.\n\nIt voted against the new bridge.\n"
                + "Residents protested outside the town hall.\n\n".repeat(40));
        Map<String, byte[]> packA = reference(a, "refA");
        Map<String, byte[]> packB = reference(b, "refB");
        assertThat(packA.keySet()).containsExactly("annotated.pdf", "answer-key.pdf", "brief.pdf", "briefing.json", "timeline.pdf");
        assertThat(Arrays.equals(packA.get("briefing.json"), packB.get("briefing.json"))).isFalse();

        Path out = work.resolve("out");
        new PackBuilder(PackRebuildLoop.options(out), ProgressListener.NONE).build(a);
        Files.writeString(out.resolve("story/teacher-notes.txt"), "mine");
        // named like a leftover, but the user's: recovery must never take it
        Files.writeString(Files.createDirectories(out.resolve(".story.old-drafts")).resolve("draft1.txt"), "draft");

        Random random = new Random(20260125L);
        int builtInChildren = 0;
        List<String> seen = new ArrayList<>();
        long firstBuildMillis = 4000; // learnt from the children: the machine may be busy
        for (int run = 0; run < RUNS; run++) {
            Path log = work.resolve("child-" + run + ".log");
            long started = System.nanoTime();
            Process child = new ProcessBuilder(javaBinary(), "-Xmx512m", "-Djava.awt.headless=true",
                    "-cp", System.getProperty("java.class.path"), PackRebuildLoop.class.getName(),
                    out.toString(), a.toString(), b.toString())
                    .redirectOutput(log.toFile()).redirectErrorStream(true).start();
            if (run % 2 == 0) {
                // anywhere from before the first commit (JVM start, recovery, staging) to past it
                Thread.sleep(100 + random.nextInt((int) Math.max(500, firstBuildMillis * 3 / 2)));
            } else {
                // several builds in: wait for the first, then anywhere in the next one or two
                while (!Files.readString(log).contains("built") && child.isAlive()) Thread.sleep(20);
                firstBuildMillis = (System.nanoTime() - started) / 1_000_000;
                Thread.sleep(random.nextInt((int) Math.max(500, firstBuildMillis)));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String childLog = Files.readString(log);
            assertThat(childLog.replace("built\n", "")).as("child output").isEmpty();
            builtInChildren += (int) childLog.lines().filter("built"::equals).count();

            PackFolders.recover(out, "story");

            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.map(p -> p.getFileName().toString())).as("run %d", run)
                        .containsExactlyInAnyOrder("story", ".story.old-drafts", ".briefing-pack.lock");
            }
            Map<String, byte[]> pack = contents(out.resolve("story"));
            assertThat(new String(pack.remove("teacher-notes.txt"))).isEqualTo("mine");
            boolean isA = sameFiles(pack, packA);
            boolean isB = sameFiles(pack, packB);
            assertThat(isA || isB).as("run %d: the pack is exactly version a or version b, found %s (differs from a in %s)",
                    run, pack.keySet(), differing(pack, packA) + " and from b in " + differing(pack, packB)).isTrue();
            new ObjectMapper().readTree(pack.get("briefing.json"));
            for (String name : List.of("annotated.pdf", "brief.pdf", "timeline.pdf")) {
                try (PDDocument pdf = Loader.loadPDF(pack.get(name))) {
                    assertThat(pdf.getNumberOfPages()).isPositive();
                }
            }
            assertThat(out.resolve(".story.old-drafts/draft1.txt")).hasContent("draft");
            seen.add(isA ? "a" : "b");
        }
        // The children did rebuild the pack, so the kills met it at different stages.
        assertThat(builtInChildren).isGreaterThanOrEqualTo(RUNS / 2);
        assertThat(seen).contains("a", "b");
    }

    private Path write(String name, String text) throws IOException {
        Path p = work.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private Map<String, byte[]> reference(Path article, String dir) throws Exception {
        PackResult r = new PackBuilder(PackRebuildLoop.options(work.resolve(dir)), ProgressListener.NONE).build(article);
        return contents(r.folder());
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    private static boolean sameFiles(Map<String, byte[]> x, Map<String, byte[]> y) {
        if (!x.keySet().equals(y.keySet())) return false;
        for (String k : x.keySet()) if (!Arrays.equals(x.get(k), y.get(k))) return false;
        return true;
    }

    private static List<String> differing(Map<String, byte[]> x, Map<String, byte[]> y) {
        return x.keySet().stream().filter(k -> !Arrays.equals(x.get(k), y.get(k))).toList();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
