package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 4: a read-only pack folder, or a teacher's read-only folder inside it, is refused
 * before the swap with a line saying why; nothing is stranded in a hidden folder, and the next
 * run, once the folder is writable again, builds the pack. The tests run as root, whom the system
 * lets write anyway: the pack writer honours the owner's own write bit, which is what is set here.
 */
class ReadOnlyPackTest {

    @TempDir
    Path out;

    @Test
    void aReadOnlyPackFolderIsLeftAsItWas() throws IOException {
        commit("v1");
        Path pack = out.resolve("story");
        Map<String, byte[]> before = PackRecoveryTest.tree(pack);
        Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> commit("v2")).isInstanceOf(IOException.class)
                    .hasMessage(pack + " is read-only, so the new pack cannot replace it; the pack was left as it was"
                            + " (make it writable, e.g. chmod -R u+w, or use -o)");
            assertThat(PackRecoveryTest.tree(pack)).containsExactlyInAnyOrderEntriesOf(before);
            assertThat(hidden()).isZero();
        } finally {
            Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        commit("v3");
        assertThat(pack.resolve("briefing.json")).hasContent("v3");
        assertThat(hidden()).isZero();
    }

    @Test
    void aTeachersReadOnlyFolderInThePackIsNeverStranded() throws IOException {
        commit("v1");
        Path mine = Files.createDirectories(out.resolve("story/worksheets"));
        Files.writeString(mine.resolve("sheet1.txt"), "questions");
        Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> commit("v2")).isInstanceOf(IOException.class)
                    .hasMessageStartingWith(mine + " is a read-only folder, so it cannot be carried over into the new pack");
            assertThat(mine.resolve("sheet1.txt")).hasContent("questions");
            assertThat(out.resolve("story/briefing.json")).hasContent("v1");
            assertThat(hidden()).isZero();
        } finally {
            Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        commit("v2");
        assertThat(mine.resolve("sheet1.txt")).hasContent("questions");
        assertThat(out.resolve("story/briefing.json")).hasContent("v2");
    }

    private void commit(String content) throws IOException {
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", content);
            tx.writeString("large-print/brief.pdf", content);
            tx.commit();
        }
    }

    private long hidden() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(PackLock.FILE_NAME)).count();
        }
    }
}
