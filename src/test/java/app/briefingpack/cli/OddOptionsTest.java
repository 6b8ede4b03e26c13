package app.briefingpack.cli;

import static app.briefingpack.cli.Run.briefing;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22, items 5, 8 and 11: bad options and odd names give one clear line each. */
class OddOptionsTest {

    @TempDir
    Path work;

    private Path article() throws Exception {
        return Files.writeString(work.resolve("story.txt"), "Council votes\n\nThe council met on Monday and voted to open a library.\n");
    }

    @Test
    void anAudioUrlTooLongForAQrCodeIsAUsageError() throws Exception {
        Path out = work.resolve("out");
        Run r = briefing(article().toString(), "-o", out.toString(), "--only", "pdf", "--no-audio",
                "--audio-url", "https://example.org/" + "a".repeat(5000));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1).allMatch(l -> l.contains("--audio-url is too long for a QR code"));
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputThatIsAFileIsSaidToBeAFile() throws Exception {
        Path file = Files.writeString(work.resolve("of"), "mine");
        Run r = briefing(article().toString(), "-o", file.toString(), "--only", "json", "--no-audio");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a file, not a folder");
        assertThat(file).hasContent("mine");
    }

    @Test
    void namesWithLineBreaksAndEscapesStayOnOneLineAndPrintAsText() throws Exception {
        Path out = work.resolve("out");
        String odd = "bad\nname\u001B[31m.txt";
        Run r = briefing(work.resolve(odd).toString(), "-o", out.toString(), "--only", "json", "--no-audio");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("\u001B");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).hasSize(1)
                .allMatch(l -> l.contains("bad\\nname\\x1b[31m.txt: no such file"));
    }

    @Test
    void anUnreadableFolderIsOneProblemAndTheOtherInputsAreStillFound() throws Exception {
        // Running as root, chmod 000 would not stop the listing; the listing is made to fail as
        // it does for other users (AccessDeniedException from Files.list).
        Path locked = Files.createDirectories(work.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), "x");
        Path open = Files.createDirectories(work.resolve("open"));
        Files.writeString(open.resolve("a.txt"), "x");
        Path single = article();
        List<ArticleFinder.Problem> problems = new ArrayList<>();
        List<Path> files = ArticleFinder.find(List.of(single, locked, open), problems, folder -> {
            if (folder.equals(locked)) throw new AccessDeniedException(folder.toString());
            return Files.list(folder);
        });
        assertThat(files).containsExactly(single, open.resolve("a.txt"));
        assertThat(problems).extracting(ArticleFinder.Problem::message)
                .containsExactly(locked + ": cannot read the folder (permission denied)");
    }

    @Test
    void anUnreadableFolderOnTheCommandLineStillBuildsTheOthers() throws Exception {
        // the real thing where the tests do not run as root
        Path locked = Files.createDirectories(work.resolve("locked"));
        Files.writeString(locked.resolve("inside.txt"), "x");
        locked.toFile().setReadable(false, false);
        try {
            boolean listable;
            try (Stream<Path> s = Files.list(locked)) {
                listable = true;
            } catch (AccessDeniedException e) {
                listable = false;
            }
            org.junit.jupiter.api.Assumptions.assumeFalse(listable, "running as root: chmod 000 does not stop root");
            Path out = work.resolve("out");
            Run r = briefing(article().toString(), locked.toString(), "-o", out.toString(), "--only", "json", "--no-audio");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("locked: cannot read the folder (permission denied)").doesNotContain("\tat ");
            assertThat(out.resolve("council-votes/briefing.json")).exists();
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void layoutsThatLeaveNoRoomForTextAreOneLineNamingFileAndKey() throws Exception {
        Path layouts = Files.createDirectories(work.resolve("my-layouts"));
        String annotated = Files.readString(app.briefingpack.testing.RepoFiles.root().resolve("layouts/annotated.yaml"))
                .replaceAll("left: \\d+", "left: 144").replaceAll("right: \\d+", "right: 144")
                .replaceAll("noteColumn: \\d+", "noteColumn: 250");
        Files.writeString(layouts.resolve("annotated.yaml"), annotated);
        Path out = work.resolve("out");
        Run r = briefing(article().toString(), "-o", out.toString(), "--no-audio", "--layouts", layouts.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1).allMatch(l -> l.startsWith("error: ")
                && l.contains("annotated.yaml: key 'noteColumn'") && l.contains("points for the text"));
        assertThat(out).doesNotExist();
    }
}
