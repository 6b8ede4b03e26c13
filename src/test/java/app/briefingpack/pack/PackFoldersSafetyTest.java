package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash or a careless setup must not do to the output folder. */
class PackFoldersSafetyTest {

    @TempDir
    Path out;

    @Test
    void recoveryAfterAKillWhileCarryingTheTeachersFilesOverKeepsThem() throws IOException {
        commit("story", "v1");
        Files.writeString(out.resolve("story/teacher-notes.txt"), "mine");
        // The state a kill leaves inside commit(): new pack in place, the old one (with the
        // teacher's file not yet carried over) still aside.
        UUID run = UUID.randomUUID();
        Path old = out.resolve(".story.old-" + run);
        Files.move(out.resolve("story"), old);
        Files.createDirectories(out.resolve("story"));
        Files.writeString(out.resolve("story/briefing.json"), "v2");
        new RunMarker(run, "story").writeInto(out.resolve("story"));

        PackFolders.recover(out, "story");

        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
        assertThat(Files.readString(out.resolve("story/teacher-notes.txt"))).isEqualTo("mine");
        assertThat(old).doesNotExist();
        assertThat(out.resolve("story/" + RunMarker.FILE_NAME)).doesNotExist();
    }

    @Test
    void recoveryAfterAKillBetweenTheTwoRenamesPutsTheOldPackBack() throws IOException {
        commit("story", "v1");
        UUID run = UUID.randomUUID();
        Files.move(out.resolve("story"), out.resolve(".story.old-" + run));
        new RunMarker(run, "story").writeInto(Files.createDirectories(out.resolve(".story.staging-" + run)));

        PackFolders.recover(out, "story");

        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v1");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story", ".briefing-pack.lock");
        }
    }

    @Test
    void aFileWhereThePackFolderWouldGoIsLeftAlone() throws IOException {
        Files.writeString(out.resolve("story"), "a teacher's file");
        assertThatThrownBy(() -> commit("story", "v1")).isInstanceOf(IOException.class).hasMessageContaining("not a pack folder");
        assertThat(Files.readString(out.resolve("story"))).isEqualTo("a teacher's file");
    }

    @Test
    void foldersGetTheUsualPermissions() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createDirectory(out.resolve("made-by-hand"));
        Path nested = out.resolve("new/packs");
        try (PackTransaction tx = PackFolders.begin(nested, "story")) {
            tx.writeString("briefing.json", "{}");
            tx.writeString("large-print/annotated.pdf", "x");
            tx.commit();
        }
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(nested)).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(nested.resolve("story"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(nested.resolve("story/large-print"))).isEqualTo(usual);
        Set<PosixFilePermission> usualFile = Files.getPosixFilePermissions(Files.writeString(out.resolve("f"), ""));
        assertThat(Files.getPosixFilePermissions(nested.resolve("story/briefing.json"))).isEqualTo(usualFile);
    }

    @Test
    void twoThreadsWritingTheSamePackFolderTakeTurns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String v = "v" + i;
                runs.add(pool.submit(() -> {
                    try (PackTransaction tx = PackFolders.begin(out, "story")) {
                        tx.writeString("briefing.json", v);
                        tx.writeString("annotated.pdf", v);
                        tx.commit();
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) f.get(); // none fails
        } finally {
            pool.shutdownNow();
        }
        assertThat(Files.readString(out.resolve("story/briefing.json")))
                .isEqualTo(Files.readString(out.resolve("story/annotated.pdf")));
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story", ".briefing-pack.lock");
        }
    }

    @Test
    void aStagingFolderChangedByAnotherProgramIsNeverCommitted() throws IOException {
        commit("story", "v1");
        assertThatThrownBy(() -> {
            try (PackTransaction tx = PackFolders.begin(out, "story")) {
                tx.writeString("briefing.json", "v2");
                tx.writeString("annotated.pdf", "v2");
                Path staging;
                try (Stream<Path> s = Files.list(out)) {
                    staging = s.filter(p -> p.getFileName().toString().startsWith(".story.staging-")).findFirst().orElseThrow();
                }
                Files.delete(staging.resolve("annotated.pdf")); // what another run's clean-up once did
                tx.commit();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("was changed by another program");
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v1");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("story", ".briefing-pack.lock");
        }
    }

    private void commit(String slug, String content) throws IOException {
        try (PackTransaction tx = PackFolders.begin(out, slug)) {
            tx.writeString("briefing.json", content);
            tx.commit();
        }
    }
}
