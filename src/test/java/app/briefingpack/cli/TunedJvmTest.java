package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedJvmTest {

    private static final String QUICK = "-XX:TieredStopAtLevel=1";
    private static final String SERIAL = "-XX:+UseSerialGC";

    @TempDir
    Path dir;

    @Test
    void articlesAreCountedFromTheFilesAndFoldersNamed() throws Exception {
        for (int i = 0; i < 3; i++) Files.writeString(dir.resolve("a" + i + ".txt"), "Text.");
        assertThat(TunedJvm.articleCount(new String[] {dir.toString(), "-o", "out", "--paper", "a4"})).isEqualTo(3);
        assertThat(TunedJvm.articleCount(new String[] {dir.resolve("a1.txt").toString()})).isEqualTo(1);
        assertThat(TunedJvm.articleCount(new String[] {dir.resolve("a1.txt").toString(), dir.toString()})).isGreaterThanOrEqualTo(3);
    }

    @Test
    void jobsAreReadInEveryFormPicocliAccepts() {
        assertThat(TunedJvm.jobs(new String[] {"in", "--jobs", "3"}, 8)).isEqualTo(3);
        assertThat(TunedJvm.jobs(new String[] {"--jobs=5", "in"}, 8)).isEqualTo(5);
        assertThat(TunedJvm.jobs(new String[] {"-j", "1"}, 8)).isEqualTo(1);
        assertThat(TunedJvm.jobs(new String[] {"-j4"}, 8)).isEqualTo(4);
        assertThat(TunedJvm.jobs(new String[] {"in"}, 8)).isEqualTo(8);
        assertThat(TunedJvm.jobs(new String[] {"--jobs", "many"}, 8)).isEqualTo(8);
    }

    @Test
    void shortRunsAndRunsThatFillEveryCoreUseTheQuickCompilerOnly() {
        assertThat(TunedJvm.options(1, 2, 2, false)).containsExactly(QUICK, SERIAL);
        assertThat(TunedJvm.options(TunedJvm.MAX_QUICK_ARTICLES, 1, 2, false)).contains(QUICK);
        assertThat(TunedJvm.options(50, 2, 2, false)).contains(QUICK);
        assertThat(TunedJvm.options(50, 8, 8, false)).containsExactly(QUICK);
        assertThat(TunedJvm.options(Integer.MAX_VALUE, 16, 8, false)).containsExactly(QUICK);
    }

    @Test
    void longRunsWithCoresToSpareKeepTheOptimisingCompiler() {
        assertThat(TunedJvm.options(50, 1, 2, false)).containsExactly(SERIAL);
        assertThat(TunedJvm.options(200, 4, 8, false)).isEmpty();
    }

    @Test
    void theCallersCollectorIsKept() {
        assertThat(TunedJvm.options(1, 1, 2, true)).containsExactly(QUICK);
        assertThat(TunedJvm.options(50, 1, 2, true)).isEmpty();
    }

    @Test
    void fewerArticlesThanJobsCountAsFewerWorkers() {
        // three articles with --jobs 8 on eight cores: three workers, C1 for a short run, serial GC no
        assertThat(TunedJvm.options(3, 8, 8, false)).containsExactly(QUICK);
        assertThat(TunedJvm.options(2, 8, 8, false)).containsExactly(QUICK, SERIAL);
    }

    @Test
    void inTestsTheProgramRunsInProcess() {
        // Tests run from target/classes, not from a JAR: nothing is restarted.
        assertThat(TunedJvm.relaunch(new String[] {"--version"})).isEmpty();
        assertThat(TunedJvm.relaunch(new String[] {dir.toString()})).isEmpty();
    }

    @Test
    void theClassArchiveBesideTheJarIsMappedUnlessTheCallerChoseSharing() throws Exception {
        Path jar = Files.writeString(dir.resolve("briefing.jar"), "jar");
        assertThat(TunedJvm.classArchive(jar, java.util.List.of())).isEmpty(); // none built
        Path archive = Files.writeString(dir.resolve("briefing.jsa"), "archive");
        assertThat(TunedJvm.classArchive(jar, java.util.List.of("-Xmx256m")))
                .containsExactly("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
        assertThat(TunedJvm.classArchive(jar, java.util.List.of("-Xshare:off"))).isEmpty();
        assertThat(TunedJvm.classArchive(jar, java.util.List.of("-XX:SharedArchiveFile=/elsewhere.jsa"))).isEmpty();
    }

    @Test
    void theHeapGetsHugePagesOnlyWhereTheKernelGivesThemOnRequest() {
        var none = java.util.List.<String>of();
        assertThat(TunedJvm.hugePages("always [madvise] never\n", none)).containsExactly("-XX:+UseTransparentHugePages");
        assertThat(TunedJvm.hugePages("[always] madvise never\n", none)).isEmpty(); // every process has them already
        assertThat(TunedJvm.hugePages("always madvise [never]\n", none)).isEmpty(); // the JVM would warn
        assertThat(TunedJvm.hugePages("", none)).isEmpty(); // not Linux
        assertThat(TunedJvm.hugePages("always [madvise] never", java.util.List.of("-XX:-UseTransparentHugePages"))).isEmpty();
        assertThat(TunedJvm.hugePages("always [madvise] never", java.util.List.of("-XX:+UseLargePages"))).isEmpty();
    }
}
