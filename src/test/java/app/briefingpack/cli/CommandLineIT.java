package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end: the built JAR, run as its own process in an empty folder. */
class CommandLineIT {

    @TempDir
    Path work;

    @Test
    void withNoArgumentsInAnEmptyFolderItBuildsTheBundledSample() throws Exception {
        JarRun run = JarRun.in(work);
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Path pack = work.resolve("dist/iraq-peace-settlement");
        assertThat(run.stdout()).contains(pack.resolve("briefing.json").toString().replace(work + "/", ""));
        JsonNode json = new ObjectMapper().readTree(pack.resolve("briefing.json").toFile());
        assertThat(json.get("author").asText()).isEqualTo("Gareth Porter");
        assertThat(json.get("publication").asText()).isEqualTo("Foreign Policy In Focus");
        assertThat(json.get("date").asText()).isEqualTo("2005-03");
        assertThat(json.get("paragraphs")).hasSize(12);
        assertThat(json.get("paragraphs").toString()).doesNotContain("Subscribe", "Get more news like this");
        assertThat(json.get("generator").get("name").asText()).isEqualTo("Briefing Pack");
        for (String file : List.of("annotated.pdf", "brief.pdf", "timeline.pdf", "narration.wav", "narration.mp3",
                "narration.vtt", "chapters.vtt", "narration-sentences.vtt", "narration.txt", "narration.epub"))
            assertThat(pack.resolve(file)).isNotEmptyFile();
        assertThat(Files.readString(pack.resolve("narration.vtt"))).startsWith("WEBVTT");
        assertThat(json.get("timeline")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(json.get("brief").get("pages").asInt()).isEqualTo(1);
        try (var s = Files.list(work.resolve("dist"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("iraq-peace-settlement");
        }
    }

    @Test
    void oneBadArticleFailsTheRunButNotTheOthers() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "The council met on Monday.\n\nIt voted to open a library.\n");
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        JarRun run = JarRun.in(work, in.toString(), "-o", "packs", "--no-audio", "--only", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("error: empty.txt: is empty", "error: binary.txt: is a binary file");
        assertThat(work.resolve("packs/good/briefing.json")).isNotEmptyFile();
        assertThat(work.resolve("packs/empty")).doesNotExist();
        assertThat(work.resolve("packs/binary")).doesNotExist();
        assertThat(work.resolve("packs/good/annotated.pdf")).doesNotExist(); // --only json
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        JarRun run = JarRun.in(work, "--paper", "tabloid");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("tabloid");
        assertThat(work.resolve("dist")).doesNotExist();
    }

    @Test
    void aFolderWithNoArticlesIsAnError() throws Exception {
        Files.createDirectories(work.resolve("nothing"));
        JarRun run = JarRun.in(work, "nothing");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("nothing: folder has no articles");
    }

    @Test
    void helpAndVersion() throws Exception {
        JarRun help = JarRun.in(work, "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("--output", "--date", "--large-print", "--paper");
        JarRun version = JarRun.in(work, "--version");
        assertThat(version.stdout()).startsWith("Briefing Pack ");
    }
}
