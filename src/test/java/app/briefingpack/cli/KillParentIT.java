package app.briefingpack.cli;

import static app.briefingpack.testing.PackFiles.contents;
import app.briefingpack.testing.PackFiles;
import static org.assertj.core.api.Assertions.assertThat;

import app.briefingpack.pack.PackFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code java -jar briefing.jar} (issue 22, item 7): the tuned child JVM it
 * started stops with it instead of finishing the pack alone, and the pack left is exactly the old
 * or the new one once recovered.
 */
class KillParentIT {

    private static final int RUNS = 6;

    @TempDir
    Path work;

    @Test
    void killingTheParentStopsTheChildAndLeavesTheOldOrTheNewPack() throws Exception {
        Path a = write("a/story.txt", "The council met on Monday.\n\n" + "It voted to open a library in the old mill on Friday.\n\n".repeat(300));
        Path b = write("b/story.txt", "The council met on Tuesday.\n\n" + "It voted against the new bridge in May.\n\n".repeat(400));
        Map<String, byte[]> packA = reference(a, "refA");
        Map<String, byte[]> packB = reference(b, "refB");
        Path out = work.resolve("out");
        assertThat(run(a, out).waitFor()).isZero();

        Random random = new Random(7L);
        for (int i = 0; i < RUNS; i++) {
            Process parent = run(i % 2 == 0 ? b : a, out);
            List<ProcessHandle> children = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (children.isEmpty() && parent.isAlive() && System.nanoTime() < deadline) {
                children.addAll(parent.descendants().toList());
                Thread.sleep(10);
            }
            assertThat(children).as("run %d: the tuned child JVM", i).isNotEmpty();
            Thread.sleep(random.nextInt(2500));
            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent
            assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();
            // gone at once, not when its build would have finished (the articles take several seconds)
            for (ProcessHandle child : children)
                assertThat(child.onExit().get(3, TimeUnit.SECONDS).isAlive()).as("run %d: child %d", i, child.pid()).isFalse();

            PackFolders.recover(out, "story");
            Map<String, byte[]> pack = contents(out.resolve("story"));
            assertThat(same(pack, packA) || same(pack, packB)).as("run %d: exactly pack a or pack b, found %s", i, pack.keySet())
                    .isTrue();
            try (Stream<Path> s = Files.list(out)) {
                assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story", ".briefing-pack.lock");
            }
        }
    }

    private Process run(Path article, Path out) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarRun.jar().toString(), article.toString(), "-o", out.toString(), "--no-audio", "--folder-name", "file", "-q")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Map<String, byte[]> reference(Path article, String dir) throws Exception {
        assertThat(run(article, work.resolve(dir)).waitFor()).isZero();
        return contents(work.resolve(dir).resolve("story"));
    }

    private Path write(String name, String text) throws Exception {
        return PackFiles.write(work.resolve(name), text);
    }


    private static boolean same(Map<String, byte[]> x, Map<String, byte[]> y) {
        if (!x.keySet().equals(y.keySet())) return false;
        for (String k : x.keySet()) if (!Arrays.equals(x.get(k), y.get(k))) return false;
        return true;
    }
}
