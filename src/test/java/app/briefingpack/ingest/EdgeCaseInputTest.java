package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.briefingpack.corrections.BriefCorrections;
import app.briefingpack.corrections.CorrectionsException;
import app.briefingpack.model.PartialDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 22, items 9, 11 and 13: odd metadata, odd files and the messages they give. */
class EdgeCaseInputTest {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30T10:00:00Z", "0000-01-01", "2023-13-01"})
    void anImpossiblePageDateIsIgnoredWithAWarning(String date) throws Exception {
        Path page = Files.writeString(work.resolve("page.html"), "<html><head><meta property=\"article:published_time\" content=\""
                + date + "\"></head><body><article><h1>Council votes</h1><p>The council met on Monday and voted to open a"
                + " library.</p></article></body></html>");
        ReadResult r = ArticleReader.read(page, ReadOptions.defaults());
        assertThat(r.article().metadata().date()).isNull();
        assertThat(r.warnings()).anyMatch(w -> w.contains("page.html") && w.contains("ignoring the page's date") && w.contains(date));
        assertThat(r.article().metadata().title()).isEqualTo("Council votes");
    }

    @Test
    void aValidPageDateIsStillRead() throws Exception {
        Path page = Files.writeString(work.resolve("page.html"), "<html><head><meta property=\"article:published_time\" "
                + "content=\"2024-02-29T10:00:00Z\"></head><body><article><h1>Council votes</h1><p>The council met on Monday."
                + "</p></article></body></html>");
        assertThat(ArticleReader.read(page, ReadOptions.defaults()).article().metadata().date())
                .isEqualTo(new PartialDate(2024, 2, 29));
    }

    @Test
    void aFifoIsRefusedInsteadOfReadForever() throws Exception {
        Path fifo = work.resolve("x.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> ArticleReader.read(fifo, ReadOptions.defaults()))
                        .isInstanceOf(InputException.class)
                        .hasMessage("x.txt: is not a regular file (a pipe, device or socket); only files are read"));
    }

    @Test
    void thousandsOfUnknownKeysGiveOneWarning() throws Exception {
        StringBuilder fm = new StringBuilder("---\n");
        for (int i = 0; i < 2000; i++) fm.append("key").append(i).append(": x\n");
        fm.append("author: Ann Lee\n---\nCouncil votes\n\nThe council met on Monday and voted to open a library.\n");
        Path file = Files.writeString(work.resolve("keys.txt"), fm);
        ReadResult r = ArticleReader.read(file, ReadOptions.defaults());
        assertThat(r.warnings().stream().filter(w -> w.contains("unknown metadata key"))).hasSize(1)
                .allMatch(w -> w.contains("2000 unknown metadata keys") && w.contains("'key0'") && w.length() < 300);
        assertThat(r.article().metadata().author()).isEqualTo("Ann Lee");
    }

    @Test
    void aDateOfZerosIsReportedAsWritten() throws Exception {
        Path file = Files.writeString(work.resolve("zero.txt"), "---\ndate: 0000\n---\nCouncil votes\n\nThe council met.\n");
        assertThatThrownBy(() -> ArticleReader.read(file, ReadOptions.defaults()))
                .hasMessageContaining("'0000'");
        // and values that YAML 1.1 reads as numbers or booleans stay text
        Path no = Files.writeString(work.resolve("no.txt"), "---\ntitle: No\nlanguage: no\n---\nThe council met today.\n");
        assertThat(ArticleReader.read(no, ReadOptions.defaults()).article().metadata().title()).isEqualTo("No");
    }

    @Test
    void aCorrectionsFileThatIsNotUtf8SaysSo() throws Exception {
        Path yaml = Files.write(work.resolve("story.brief.yaml"), "thesis: caf\u00E9 au lait\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BriefCorrections.read(yaml)).isInstanceOf(CorrectionsException.class)
                .hasMessage("story.brief.yaml: is not UTF-8 text (save it as UTF-8)");
    }
}
