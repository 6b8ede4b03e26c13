package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import app.briefingpack.testing.BrfFile;
import java.nio.charset.StandardCharsets;
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
                "narration.vtt", "chapters.vtt", "narration-sentences.vtt", "narration.txt", "narration.epub",
                "braille/brief.brf", "braille/article.brf"))
            assertThat(pack.resolve(file)).isNotEmptyFile();
        for (String file : List.of("braille/brief.brf", "braille/article.brf"))
            assertThat(BrfFile.parse(Files.readString(pack.resolve(file), StandardCharsets.US_ASCII)).pages()).isNotEmpty();
        assertThat(Files.readString(pack.resolve("narration.vtt"))).startsWith("WEBVTT");
        assertThat(json.get("timeline")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(json.get("brief").get("pages").asInt()).isEqualTo(1);
        try (var s = Files.list(work.resolve("dist"))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("iraq-peace-settlement", ".briefing-pack.lock");
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

    @Test
    void withBrailleInAnEmptyFolderTheJarWritesTheBrailleEditionThroughLiblouis() throws Exception {
        // The fat JAR alone: native liblouis and its tables come out of it through JNA.
        JarRun run = JarRun.in(work, "--no-audio");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).doesNotContain("braille:");
        Path pack = work.resolve("dist/iraq-peace-settlement");
        for (String file : List.of("braille/brief.brf", "braille/article.brf")) {
            assertThat(run.stdout()).contains(file);
            String brf = new String(Files.readAllBytes(pack.resolve(file)), StandardCharsets.US_ASCII);
            BrfFile parsed = BrfFile.parse(brf).assertFormat(40, 25);
            assertThat(parsed.pages()).hasSizeGreaterThan(1);
            assertThat(brf).contains("\f", "\r\n");
        }
        JsonNode braille = new ObjectMapper().readTree(pack.resolve("briefing.json").toFile()).get("braille");
        assertThat(braille.get("files")).extracting(JsonNode::asText).containsExactly("braille/brief.brf", "braille/article.brf");
        assertThat(braille.get("grade").asInt()).isEqualTo(2);
        assertThat(braille.get("pages").get("braille/article.brf").asInt())
                .isEqualTo(BrfFile.parse(Files.readString(pack.resolve("braille/article.brf"), StandardCharsets.US_ASCII)).pages().size());
        // Grade 1 on a smaller page; the grade-2 file of the same article is shorter (contractions).
        JarRun g1 = JarRun.in(work, "--only", "braille", "--braille-grade", "1", "--braille-page", "32x20", "-o", "g1");
        assertThat(g1.exitCode()).as(g1.stderr()).isZero();
        String grade1 = Files.readString(work.resolve("g1/iraq-peace-settlement/braille/article.brf"), StandardCharsets.US_ASCII);
        BrfFile.parse(grade1).assertFormat(32, 20);
        assertThat(grade1.replaceAll("\\s", "").length())
                .isGreaterThan(Files.readString(pack.resolve("braille/article.brf"), StandardCharsets.US_ASCII).replaceAll("\\s", "").length());
        assertThat(work.resolve("g1/iraq-peace-settlement/brief.pdf")).doesNotExist();
    }

    @Test
    void aBadBraillePageOrGradeIsAUsageError() throws Exception {
        JarRun page = JarRun.in(work, "--braille-page", "40by25");
        assertThat(page.exitCode()).isEqualTo(2);
        assertThat(page.stderr()).contains("CELLSxLINES");
        JarRun grade = JarRun.in(work, "--braille-grade", "3");
        assertThat(grade.exitCode()).isEqualTo(2);
        assertThat(grade.stderr()).contains("braille grade must be 1 or 2");
        assertThat(work.resolve("dist")).doesNotExist();
    }
}
