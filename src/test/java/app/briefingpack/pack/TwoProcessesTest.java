package app.briefingpack.pack;

import static app.briefingpack.testing.PackFiles.contents;
import app.briefingpack.testing.PackFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 3: two processes writing the same pack at once take turns (the pack's lock), so
 * both succeed and the pack left is exactly one of the versions, never a partial one.
 */
class TwoProcessesTest {

    private static final int BUILDS = 4;

    @TempDir
    Path work;

    @Test
    void twoProcessesRebuildingOnePackLeaveAWholePack() throws Exception {
        Path a = write("a/story.txt", "The council met on Monday.\n\n" + "It voted to open a library in the old mill.\n\n".repeat(10));
        Path b = write("b/story.txt", "The council met on Tuesday.\n\n" + "It voted against the new bridge.\n\n".repeat(15));
        Map<String, byte[]> packA = contents(new PackBuilder(PackRebuildLoop.options(work.resolve("refA")), ProgressListener.NONE)
                .build(a).folder());
        Map<String, byte[]> packB = contents(new PackBuilder(PackRebuildLoop.options(work.resolve("refB")), ProgressListener.NONE)
                .build(b).folder());
        Path out = work.resolve("out");

        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path log = work.resolve("child-" + i + ".log");
            logs.add(log);
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), PackRebuildLoop.class.getName(),
                    out.toString(), (i == 0 ? a : b).toString(), (i == 0 ? b : a).toString(), String.valueOf(BUILDS))
                    .redirectOutput(log.toFile()).redirectErrorStream(true).start());
        }
        for (int i = 0; i < 2; i++) {
            assertThat(children.get(i).waitFor(10, TimeUnit.MINUTES)).isTrue();
            assertThat(Files.readString(logs.get(i))).as("child %d", i).isEqualTo("built\n".repeat(BUILDS));
            assertThat(children.get(i).exitValue()).isZero();
        }
        Map<String, byte[]> pack = contents(out.resolve("story"));
        assertThat(same(pack, packA) || same(pack, packB)).as("exactly one version, found %s", pack.keySet()).isTrue();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story", ".briefing-pack.lock");
        }
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
