package app.briefingpack.cli;

import static app.briefingpack.cli.Run.briefing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.briefingpack.pack.PackWriteException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user reads when an article fails, the output folder cannot take the pack or a file they
 * edit is wrong: one line, in their terms.
 */
class CommandMessagesTest {

    @TempDir
    Path work;

    private Path article() throws IOException {
        return Files.writeString(work.resolve("story.txt"), "Library vote\n\nThe council voted on Monday to open a library.\n");
    }

    @Test
    void oneFailedArticleIsOneErrorLine() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.txt"), " \n");
        Run r = briefing(empty.toString(), "-o", work.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines().filter(l -> !l.startsWith("empty.txt: "))).containsExactly("error: empty.txt: is empty");
    }

    @Test
    void anOutputFolderThatIsAFileIsNamedWithTheCause() throws IOException {
        Path file = Files.writeString(work.resolve("packs"), "not a folder");
        Run r = briefing(article().toString(), "-o", file.toString(), "--only", "json", "-q");
        // a bad -o is a usage error, said once before any article (issue 22, items 8 and 11)
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("briefing: -o " + file + " is a file, not a folder; packs go into a folder\n");
        assertThat(file).hasContent("not a folder");
    }

    @Test
    void anOutputFolderUnderAFileIsNamedWithTheFileInTheWay() throws IOException {
        Path file = Files.writeString(work.resolve("packs"), "not a folder");
        Run r = briefing(article().toString(), "-o", file.resolve("class-7").toString(), "--only", "json", "-q");
        assertThat(r.err()).isEqualTo("error: story.txt: could not write the pack to " + file.resolve("class-7") + ": "
                + file + " is a file, not a folder\n");
    }

    @Test
    void fileSystemErrorsInTheStagingFolderNameTheUsersFolder() {
        Path out = Path.of("packs");
        String staging = out.resolve(".story.staging-1234/brief.pdf.part").toString();
        assertThat(PackWriteException.of(out, "story", new AccessDeniedException(out.resolve(".story.staging-1234").toString())))
                .hasMessage("could not write the pack to packs: permission denied");
        assertThat(PackWriteException.of(out, "story", new FileSystemException(staging, null, "No space left on device")))
                .hasMessage("could not write the pack to packs: no space left on the disk");
        assertThat(PackWriteException.of(out, "story", new FileSystemException(out.resolve("story/brief.pdf").toString(),
                null, "Read-only file system")))
                .hasMessage("could not write the pack to packs/story: read-only file system");
        assertThat(PackWriteException.of(out, "story", new IOException("No space left on device")))
                .hasMessage("could not write the pack to packs: no space left on the disk");
        IOException plain = new IOException("packs/story exists and is not a pack folder");
        assertThat(PackWriteException.of(out, "story", plain)).isSameAs(plain);
    }

    /** A real full disk: a 64 KB tmpfs, where the machine lets the tests mount one (root on Linux). */
    @Test
    void aFullDiskIsReportedAsSuchAndLeavesNothingBehind() throws Exception {
        Path mount = Files.createDirectories(work.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()), "cannot mount a tmpfs here");
        try {
            Run r = briefing(article().toString(), "-o", mount.resolve("out").toString(), "--no-audio", "-q");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("error: story.txt: could not write the pack to " + mount.resolve("out")
                    + ": no space left on the disk\n");
            try (var s = Files.list(mount.resolve("out"))) {
                assertThat(s.map(p -> p.getFileName().toString())).as("no staging folder or partial pack left")
                        .allMatch(".briefing-pack.lock"::equals); // the output folder's empty lock file

            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aBadPronunciationLineIsOneErrorNamingTheFileAndTheLine() throws IOException {
        Path layouts = Files.createDirectories(work.resolve("my-layouts"));
        Path lex = Files.writeString(layouts.resolve("pronunciation.lex"), "# names\nallawi  aa l aa1 w iy\nzarqawi  z qq r k aa1 w iy\n");
        Run r = briefing(article().toString(), "--layouts", layouts.toString(), "-o", work.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: " + lex + " line 3: unknown phone 'qq'; the phones are aa ae ah")
                .doesNotContain("internal error").hasLineCount(1);
        assertThat(work.resolve("out")).doesNotExist();

        Files.write(lex, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'k', ' ', 'a', 'e', '\n'});
        Run latin1 = briefing(article().toString(), "--layouts", layouts.toString(), "-o", work.resolve("out").toString());
        assertThat(latin1.err()).isEqualTo("error: " + lex + ": is not UTF-8 text (save it as UTF-8)\n");
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
