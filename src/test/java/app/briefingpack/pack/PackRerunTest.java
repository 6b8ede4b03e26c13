package app.briefingpack.pack;

import static app.briefingpack.testing.PackFiles.contents;
import static app.briefingpack.testing.PackFiles.copy;
import static app.briefingpack.testing.PackFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun replaces only the files it makes: after a full pack (PDFs, large print, narration,
 * JSON) of one version of an article, a rerun of a changed version with fewer parts rewrites its
 * own files (they now differ) and leaves every other file of the pack byte-identical.
 */
class PackRerunTest {

    private static final String V1 = "Council Opens Library\n\nThe council met on Monday, 3 March 2025.\n\n"
            + "It voted to open a library in the old mill. Residents welcomed the plan.\n\n"
            + "The mayor, Ann Cole, said the work would start in June 2025.\n";
    private static final String V2 = V1.replace("in June 2025", "in September 2025, after the harvest fair");

    @TempDir
    static Path work;

    private static Map<String, byte[]> full;

    @BeforeAll
    static void buildTheFullPackOnce() throws Exception {
        Path ref = work.resolve("ref");
        Path article = write(ref.resolve("story.txt"), V1);
        PackResult r = new PackBuilder(options(ref.resolve("out"), EnumSet.allOf(PackOptions.Output.class), true),
                ProgressListener.NONE).build(article);
        full = contents(r.folder());
        assertThat(full.keySet()).contains("briefing.json", "brief.pdf", "narration.mp3", "narration.vtt",
                "large-print/brief.pdf", "large-print/timeline.pdf");
    }

    @Test
    void onlyJsonKeepsThePdfsAndTheNarration() throws Exception {
        assertRerunKeepsTheRest("onlyJson", EnumSet.of(PackOptions.Output.JSON), true);
    }

    @Test
    void onlyPdfKeepsTheJsonAndTheNarration() throws Exception {
        assertRerunKeepsTheRest("onlyPdf", EnumSet.of(PackOptions.Output.PDF), true);
    }

    @Test
    void noAudioKeepsTheNarration() throws Exception {
        assertRerunKeepsTheRest("noAudio", EnumSet.of(PackOptions.Output.JSON, PackOptions.Output.PDF), true);
    }

    @Test
    void withoutLargePrintKeepsTheLargePrintEdition() throws Exception {
        assertRerunKeepsTheRest("noLargePrint", EnumSet.of(PackOptions.Output.JSON, PackOptions.Output.PDF), false);
    }

    private void assertRerunKeepsTheRest(String name, Set<PackOptions.Output> outputs, boolean largePrint) throws Exception {
        Path dir = work.resolve(name);
        Path out = dir.resolve("out");
        copy(full, out.resolve("story"));
        Files.writeString(out.resolve("story/teacher-notes.txt"), "mine");
        Path article = write(dir.resolve("story.txt"), V2);

        PackResult r = new PackBuilder(options(out, outputs, largePrint), ProgressListener.NONE).build(article);

        Map<String, byte[]> after = contents(r.folder());
        assertThat(new String(after.remove("teacher-notes.txt"))).isEqualTo("mine");
        assertThat(after.keySet()).as("every file of the full pack is still there").isEqualTo(full.keySet());
        Set<String> written = r.files().stream().map(f -> r.folder().relativize(Path.of(f)).toString()).collect(
                java.util.stream.Collectors.toSet());
        assertThat(written).isNotEmpty();
        for (String file : full.keySet()) {
            boolean same = Arrays.equals(after.get(file), full.get(file));
            if (written.contains(file)) {
                if (!file.endsWith(".wav") && !file.endsWith(".mp3"))
                    assertThat(same).as("%s was rewritten from the changed article", file).isFalse();
            } else {
                assertThat(same).as("%s is kept byte-identical", file).isTrue();
            }
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no staging or old folder left").containsExactlyInAnyOrder("story", ".briefing-pack.lock");
        }
    }

    private static PackOptions options(Path out, Set<PackOptions.Output> outputs, boolean largePrint) {
        PackOptions d = PackOptions.defaults(out);
        return new PackOptions(out, null, d.read(), outputs, PackOptions.FolderNaming.FILE, d.layouts(), null, null,
                "standard", largePrint, d.speech());
    }



}
