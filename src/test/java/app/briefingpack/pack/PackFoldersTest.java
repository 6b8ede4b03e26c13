package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackFoldersTest {

    @TempDir
    Path out;

    @Test
    void commitReplacesTheFilesItWroteAndKeepsTheRest() throws IOException {
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", "old");
            tx.writeString("brief.pdf", "old pdf");
            tx.commit();
        }
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", "new");
            tx.commit();
        }
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("new");
        assertThat(out.resolve("story/brief.pdf")).hasContent("old pdf");
        assertThat(hiddenEntries()).isZero();
    }

    @Test
    void foldersOfThePackAreMergedFileByFile() throws IOException {
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("large-print/brief.pdf", "old brief");
            tx.writeString("large-print/timeline.pdf", "old timeline");
            tx.commit();
        }
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("large-print/brief.pdf", "new brief");
            tx.commit();
        }
        assertThat(out.resolve("story/large-print/brief.pdf")).hasContent("new brief");
        assertThat(out.resolve("story/large-print/timeline.pdf")).hasContent("old timeline");
        assertThat(hiddenEntries()).isZero();
    }

    @Test
    void aFailedRunLeavesThePreviousPackIntact() throws IOException {
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", "old");
            tx.commit();
        }
        assertThatThrownBy(() -> {
            try (PackTransaction tx = PackFolders.begin(out, "story")) {
                tx.writeString("briefing.json", "new");
                tx.write("brief.pdf", o -> {
                    o.write("half".getBytes());
                    throw new IOException("disk full");
                });
                tx.commit();
            }
        }).hasMessage("disk full");
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("old");
        assertThat(out.resolve("story/brief.pdf")).doesNotExist();
        assertThat(hiddenEntries()).isZero();
    }

    @Test
    void unrelatedFilesAreKept() throws IOException {
        Files.writeString(out.resolve("teacher-notes.txt"), "mine");
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", "v1");
            tx.commit();
        }
        Files.writeString(out.resolve("story/my-annotations.txt"), "also mine");
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            tx.writeString("briefing.json", "v2");
            tx.commit();
        }
        assertThat(out.resolve("teacher-notes.txt")).hasContent("mine");
        assertThat(out.resolve("story/my-annotations.txt")).hasContent("also mine");
    }

    @Test
    void aRunKilledBetweenTheTwoRenamesIsRepaired() throws IOException {
        String run = java.util.UUID.randomUUID().toString();
        Files.createDirectories(out.resolve(".story.old-" + run));
        Files.writeString(out.resolve(".story.old-" + run + "/briefing.json"), "old");
        new RunMarker(java.util.UUID.fromString(run), "story").writeInto(Files.createDirectories(out.resolve(".story.staging-" + run)));
        Files.createDirectories(out.resolve(".story.staging-" + java.util.UUID.randomUUID())); // killed before its marker
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("old");
        }
        assertThat(hiddenEntries()).isZero();
        assertThat(out.resolve("story/" + RunMarker.FILE_NAME)).doesNotExist();
    }

    @Test
    void namesCannotEscapeTheOutputFolder() throws IOException {
        assertThatThrownBy(() -> PackFolders.begin(out, "../evil")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackFolders.begin(out, "..")).isInstanceOf(IllegalArgumentException.class);
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            assertThatThrownBy(() -> tx.writeString("../../x", "no")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void slugsAreSafe() {
        assertThat(Slug.of("Iraq: Time for Peace?", "x")).isEqualTo("iraq-time-for-peace");
        assertThat(Slug.of("Café “Ünïcode” — Test", "x")).isEqualTo("cafe-unicode-test");
        assertThat(Slug.of("../../etc/passwd", "x")).isEqualTo("etc-passwd");
        assertThat(Slug.of("日本語", "fallback")).isEqualTo("fallback");
        assertThat(Slug.of("a".repeat(300), "x")).hasSizeLessThanOrEqualTo(80);
        assertThat(Slug.ofFileName("APW19980219.0476")).isEqualTo("APW19980219.0476");
        assertThat(Slug.ofFileName("..hidden")).isEqualTo("hidden");
        assertThat(Slug.ofFileName("My Story")).isEqualTo("my-story");
    }

    private long hiddenEntries() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".") && !p.getFileName().toString().equals(PackLock.FILE_NAME)).count();
        }
    }
}
