package app.briefingpack.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery after a killed run acts only on what the program can prove it made (issue 21): links
 * planted in a shared output folder, a user's own {@code .story.old-drafts}, entries of another
 * user, unmarked folders are all left exactly as they were, with a warning naming them, and the
 * pack is still built.
 */
class PackRecoveryTest {

    @TempDir
    Path work;

    @Test
    void aPlantedOldLinkDoesNotMoveFilesFromOutsideIntoThePack() throws IOException {
        for (boolean packExists : new boolean[] {true, false}) {
            Path outside = outsideFolder("outside-" + packExists);
            Map<String, byte[]> before = tree(outside);
            Path out = Files.createDirectories(work.resolve("o-" + packExists));
            if (packExists) build(out, "v1");
            Path planted = Files.createSymbolicLink(out.resolve(".story.old-planted"), Path.of("..", outside.getFileName().toString()));
            Path plantedUuid = Files.createSymbolicLink(out.resolve(".story.old-" + UUID.randomUUID()),
                    Path.of("..", outside.getFileName().toString()));

            List<String> warnings = build(out, "v2");

            assertThat(tree(outside)).as("the outside folder").containsExactlyInAnyOrderEntriesOf(before);
            assertThat(Files.isSymbolicLink(planted)).isTrue();
            assertThat(Files.isSymbolicLink(plantedUuid)).isTrue();
            assertThat(out.resolve("story/diary.txt")).doesNotExist();
            assertThat(out.resolve("story/sub")).doesNotExist();
            assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
            assertThat(warnings).anyMatch(w -> w.contains(planted.toString()) && w.contains("left alone"));
            assertThat(warnings).anyMatch(w -> w.contains(plantedUuid.toString()) && w.contains("link"));
        }
    }

    @Test
    void aPlantedStagingLinkIsNotFollowedEvenWithAMarkerBehindIt() throws IOException {
        Path outside = outsideFolder("outside");
        UUID run = UUID.randomUUID();
        new RunMarker(run, "story").writeInto(outside); // a forged marker, reached through the link
        Map<String, byte[]> before = tree(outside);
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        Path planted = Files.createSymbolicLink(out.resolve(".story.staging-" + run), outside);
        Path old = Files.createSymbolicLink(out.resolve(".story.old-" + run), outside);

        List<String> warnings = build(out, "v2");

        assertThat(tree(outside)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Files.isSymbolicLink(planted)).isTrue();
        assertThat(Files.isSymbolicLink(old)).isTrue();
        assertThat(warnings).anyMatch(w -> w.contains(planted.toString()));
        assertThat(warnings).anyMatch(w -> w.contains(old.toString()));
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
    }

    @Test
    void aStagingFolderKilledWhileWritingItsMarkerIsRemoved() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        // killed between creating the marker file and writing it
        Path unfinished = Files.createDirectories(out.resolve(".story.staging-" + UUID.randomUUID()));
        Files.createFile(unfinished.resolve(RunMarker.FILE_NAME));
        // a whole marker of another run is no proof this folder is ours: left alone
        Path otherRun = Files.createDirectories(out.resolve(".story.staging-" + UUID.randomUUID()));
        new RunMarker(UUID.randomUUID(), "story").writeInto(otherRun);

        List<String> warnings = build(out, "v2");

        assertThat(unfinished).doesNotExist();
        assertThat(otherRun.resolve(RunMarker.FILE_NAME)).exists();
        assertThat(warnings).anyMatch(w -> w.contains(otherRun.toString()));
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
    }

    @Test
    void theUsersOwnFoldersAndFilesNamedLikeLeftoversAreUntouched() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        Path drafts = Files.createDirectories(out.resolve(".story.old-drafts"));
        Files.writeString(drafts.resolve("draft1.txt"), "my first draft");
        Files.writeString(drafts.resolve("brief.pdf"), "my own brief");
        Path notes = Files.writeString(out.resolve(".story.staging-notes"), "my notes");
        // named exactly like ours, but holding no marker: a folder someone else made
        Path unmarked = Files.createDirectories(out.resolve(".story.staging-" + UUID.randomUUID()));
        Files.writeString(unmarked.resolve("keep.txt"), "keep");
        Map<String, byte[]> draftsBefore = tree(drafts);

        List<String> warnings = build(out, "v2");

        assertThat(tree(drafts)).containsExactlyInAnyOrderEntriesOf(draftsBefore);
        assertThat(notes).hasContent("my notes");
        assertThat(unmarked.resolve("keep.txt")).hasContent("keep");
        assertThat(out.resolve("story/draft1.txt")).doesNotExist();
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
        assertThat(warnings).anyMatch(w -> w.contains(drafts.toString()))
                .anyMatch(w -> w.contains(notes.toString()))
                .anyMatch(w -> w.contains(unmarked.toString()));
    }

    @Test
    void anOldPackWithoutItsRunsMarkerBesideItIsLeftAlone() throws IOException {
        // an old pack whose run cannot be shown to be ours: neither a staging folder nor the pack
        // folder holds the marker of that run
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        Path old = Files.createDirectories(out.resolve(".story.old-" + UUID.randomUUID()));
        Files.writeString(old.resolve("briefing.json"), "someone's");
        Files.writeString(old.resolve("letter.txt"), "someone's letter");

        List<String> warnings = build(out, "v2");

        assertThat(old.resolve("letter.txt")).hasContent("someone's letter");
        assertThat(old.resolve("briefing.json")).hasContent("someone's");
        assertThat(out.resolve("story/letter.txt")).doesNotExist();
        assertThat(warnings).anyMatch(w -> w.contains(old.toString()));
    }

    @Test
    void leftoversOfAnotherUserAreLeftAlone() throws IOException {
        UserPrincipal other;
        try {
            other = work.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Path probe = Files.createDirectory(work.resolve("probe"));
            Files.setOwner(probe, other); // only root may give a file away: run as root, as here
        } catch (IOException | UnsupportedOperationException e) {
            Assumptions.abort("cannot make a folder owned by another user here: " + e);
            return;
        }
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        UUID run = UUID.randomUUID();
        Path staging = Files.createDirectories(out.resolve(".story.staging-" + run));
        new RunMarker(run, "story").writeInto(staging);
        Files.writeString(staging.resolve("theirs.txt"), "theirs");
        Files.setOwner(staging, other);

        List<String> warnings = build(out, "v2");

        assertThat(staging.resolve("theirs.txt")).hasContent("theirs");
        assertThat(warnings).anyMatch(w -> w.contains(staging.toString()) && w.contains("another user"));
    }

    @Test
    void aTeachersLinkInsideThePackIsCarriedOverAsALink() throws IOException {
        Path elsewhere = outsideFolder("elsewhere");
        Map<String, byte[]> before = tree(elsewhere);
        Path out = Files.createDirectories(work.resolve("out"));
        build(out, "v1");
        Files.createSymbolicLink(out.resolve("story/resources"), elsewhere);

        build(out, "v2");

        Path link = out.resolve("story/resources");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(elsewhere);
        assertThat(tree(elsewhere)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Files.readString(out.resolve("story/briefing.json"))).isEqualTo("v2");
    }

    @Test
    void aLinkWhereThePackFolderWouldGoIsNeverFollowed() throws IOException {
        Path outside = outsideFolder("outside");
        Map<String, byte[]> before = tree(outside);
        Path out = Files.createDirectories(work.resolve("out"));
        Files.createSymbolicLink(out.resolve("story"), outside);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(out, "v1")).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a pack folder");
        assertThat(tree(outside)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Files.isSymbolicLink(out.resolve("story"))).isTrue();
    }

    /** A folder outside the output folder holding {@code diary.txt} and {@code sub/x}. */
    private Path outsideFolder(String name) throws IOException {
        Path folder = Files.createDirectories(work.resolve(name));
        Files.writeString(folder.resolve("diary.txt"), "dear diary");
        Files.writeString(Files.createDirectories(folder.resolve("sub")).resolve("x"), "x");
        return folder;
    }

    /** A run writing the pack {@code out/story}; returns its warnings. */
    private static List<String> build(Path out, String version) throws IOException {
        List<String> warnings = new ArrayList<>();
        try (PackTransaction tx = PackFolders.begin(out, "story")) {
            warnings.addAll(tx.warnings());
            tx.writeString("briefing.json", version);
            tx.writeString("brief.pdf", version);
            tx.commit();
        }
        return warnings;
    }

    /** Every entry under {@code root} (links as their target text), with file contents. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) entries.put(key + " -> ", Files.readSymbolicLink(p).toString().getBytes());
                else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) entries.put(key, Files.readAllBytes(p));
                else entries.put(key + "/", new byte[0]);
            }
        }
        return entries;
    }
}
