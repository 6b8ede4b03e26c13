package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartJvmTest {

    @TempDir
    Path dir;

    @Test
    void aFewArticlesAreAShortRunAndABigFolderIsNot() throws Exception {
        for (int i = 0; i < 3; i++) Files.writeString(dir.resolve("a" + i + ".txt"), "Text.");
        assertThat(QuickStartJvm.isShortRun(new String[] {dir.toString(), "-o", "out", "--paper", "a4"})).isTrue();
        for (int i = 3; i <= QuickStartJvm.MAX_QUICK_ARTICLES; i++) Files.writeString(dir.resolve("a" + i + ".txt"), "Text.");
        assertThat(QuickStartJvm.isShortRun(new String[] {dir.toString()})).isFalse();
        assertThat(QuickStartJvm.isShortRun(new String[] {dir.resolve("a1.txt").toString()})).isTrue();
    }

    @Test
    void inTestsTheProgramRunsInProcess() {
        // Tests run from target/classes, not from a JAR: nothing is restarted.
        assertThat(QuickStartJvm.relaunch(new String[] {"--version"})).isEmpty();
    }
}
