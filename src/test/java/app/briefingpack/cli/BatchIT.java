package app.briefingpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built JAR on a batch: parallel jobs, input order on stdout, a summary, exit code 1 for a bad article. */
class BatchIT {

    @TempDir
    Path work;

    @Test
    void aBatchWithTwoJobsKeepsInputOrderAndSummarisesFailures() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Harbour story " + i + "\n\n"
                    + "The harbour board met on Friday and approved plan number " + i + ".\n\n"
                    + "Work on the new quay starts in May, the board said.\n".repeat(i * 3));
            for (String f : List.of("annotated.pdf", "answer-key.pdf", "braille/article.brf", "braille/brief.brf", "brief.pdf",
                    "briefing.json", "timeline.pdf"))
                expected.add("packs/harbour-story-" + i + "/" + f);
        }
        Files.write(in.resolve("a3b.txt"), new byte[] {0, 1, 2});
        JarRun run = JarRun.in(work, "in", "-o", "packs", "--no-audio", "--jobs", "2");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stdout().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(run.stderr()).contains("a1.txt: read", "error: a3b.txt: is a binary file",
                "Built 5 packs, 1 failed:\n  a3b.txt: is a binary file");
    }
}
