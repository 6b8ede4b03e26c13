package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.briefingpack.corrections.BriefCorrections;
import app.briefingpack.corrections.CorrectionsException;
import app.briefingpack.fuzz.HardInputs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hard input of the generator (issue 20) read in process by the reader alone: an article
 * or one clear line naming the file, within a generous time (the whole-pack figures, with the
 * 30 s and 1 GB limits, come from {@code bench/hard-inputs.sh}).
 */
class HardInputsReadingTest {

    /**
     * CPU time of the reading thread: far above what reading takes (well under 5 s a case on a
     * quiet machine). CPU time, not wall time, so that other builds on the machine do not count;
     * a quadratic case (one took minutes) still fails it.
     */
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    /** Wall time after which a case counts as hung, whatever the load. */
    private static final Duration HUNG = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    static Stream<HardInputs.Case> cases() {
        return HardInputs.all().stream().filter(c -> !c.fileName().startsWith("size-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsToAnArticleOrOneClearLine(HardInputs.Case hard) throws Exception {
        Path file = hard.writeTo(dir);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        assertTimeoutPreemptively(HUNG, () -> {
            long cpu = threads.getCurrentThreadCpuTime();
            try {
                ReadResult read = ArticleReader.read(file, ReadOptions.defaults());
                assertThat(read.article().paragraphs()).as("paragraphs").isNotEmpty();
                assertThat(read.article().metadata().title()).as("title, cut to a sane length").hasSizeLessThanOrEqualTo(300);
                assertThat(read.article().displayTitle()).hasSizeLessThanOrEqualTo(300);
                BriefCorrections.forArticle(file); // read and checked before any analysis
            } catch (InputException e) {
                assertThat(e.getMessage()).as("one line naming the file").doesNotContain("\n").contains(file.getFileName().toString());
            } catch (CorrectionsException e) {
                assertThat(e.getMessage()).as("one line naming the file").doesNotContain("\n").contains(".brief.yaml");
            }
            Duration used = Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpu);
            assertThat(used).as("%s: CPU time to read", hard).isLessThan(GENEROUS);
        }, () -> hard + " did not finish in " + HUNG.toSeconds() + " s");
    }
}
