package app.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.briefingpack.model.Article;
import app.briefingpack.model.Paragraph;
import app.briefingpack.model.PartialDate;
import app.briefingpack.testing.RepoFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private static Article read(Path file) throws InputException {
        return ArticleReader.read(file, ReadOptions.defaults()).article();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void sampleHasItsMetadataAndNoNewsletterOrBio() throws Exception {
        Article a = read(RepoFiles.sampleArticle());
        assertThat(a.metadata().author()).isEqualTo("Gareth Porter");
        assertThat(a.metadata().publication()).isEqualTo("Foreign Policy In Focus");
        assertThat(a.metadata().date()).isEqualTo(new PartialDate(2005, 3, 0));
        assertThat(a.metadata().authorBio()).startsWith("Gareth Porter is a historian and an analyst for Foreign Policy In Focus");
        // The file's 12 article paragraphs; the bio and the newsletter lines are not body.
        assertThat(a.paragraphs()).hasSize(12);
        assertThat(a.paragraphs().get(0).text()).startsWith("It is now time for the United States");
        assertThat(a.paragraphs().get(11).text()).endsWith("have died needlessly.");
        String all = String.join("\n", a.paragraphs().stream().map(Paragraph::text).toList());
        assertThat(all).doesNotContain("Get more news like this", "Subscribe", "Gareth Porter is a historian");
        assertThat(a.wordCount()).isBetween(950, 1050);
    }

    @Test
    void sampleAgreesWithTheGoldSpecWhereItCan() throws Exception {
        var gold = RepoFiles.seedGold();
        org.junit.jupiter.api.Assumptions.assumeTrue(gold.isPresent(), "shared/spec/seed-gold.yaml not found");
        Map<String, Object> spec = new Yaml().load(Files.readString(gold.get()));
        @SuppressWarnings("unchecked") Map<String, Object> art = (Map<String, Object>) spec.get("article");
        Article a = read(RepoFiles.sampleArticle());
        assertThat(a.metadata().author()).isEqualTo(art.get("author"));
        assertThat(a.metadata().publication()).isEqualTo(art.get("publication"));
        assertThat(a.metadata().authorBio()).startsWith((String) art.get("author_bio"));
        String all = String.join("\n", a.paragraphs().stream().map(Paragraph::text).toList());
        @SuppressWarnings("unchecked") var boilerplate = (java.util.List<String>) art.get("boilerplate_to_drop");
        for (String line : boilerplate) assertThat(all).doesNotContain(line);
    }

    @Test
    void offsetsPointIntoTheFileAfterItsFrontMatter() throws Exception {
        String front = "---\ntitle: Offsets\ndate: 2020-01-02\n---\n";
        String body = "First paragraph, line one\nline two.\n\n\n  Second paragraph.  \n\nThird.\n";
        Path f = write("offsets.txt", front + body);
        Article a = read(f);
        assertThat(a.body()).isEqualTo(body);
        assertThat(a.bodyOffset()).isEqualTo(front.length());
        String file = Files.readString(f);
        for (Paragraph p : a.paragraphs()) {
            assertThat(file.substring(a.bodyOffset() + p.begin(), a.bodyOffset() + p.end())).isEqualTo(p.text());
        }
        assertThat(a.paragraphs()).extracting(Paragraph::text)
                .containsExactly("First paragraph, line one\nline two.", "Second paragraph.", "Third.");
        assertThat(a.metadata().title()).isEqualTo("Offsets");
        assertThat(a.metadata().date()).hasToString("2020-01-02");
    }

    @Test
    void carriageReturnsKeepOffsets() throws Exception {
        Path f = write("crlf.txt", "One.\r\n\r\nTwo.\r\n");
        Article a = read(f);
        assertThat(a.body()).hasSize(Files.readString(f).length());
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("One.", "Two.");
    }

    @Test
    void sidecarWinsOverFrontMatter() throws Exception {
        Path f = write("story.txt", "---\nauthor: Front Matter\ntitle: From front\n---\nBody text here.\n\nMore text.\n");
        write("story.yaml", "author: Side Car\n");
        Article a = read(f);
        assertThat(a.metadata().author()).isEqualTo("Side Car");
        assertThat(a.metadata().title()).isEqualTo("From front");
    }

    @Test
    void shortFirstLineWithoutFullStopIsTheHeadline() throws Exception {
        Article a = read(write("h.txt", "Town votes for new library\n\nThe council voted on Monday. It was close.\n"));
        assertThat(a.metadata().title()).isEqualTo("Town votes for new library");
        assertThat(a.paragraphs()).hasSize(1);
    }

    @Test
    void aClosingParagraphAboutANameTheArticleAlreadyUsedIsBodyNotAnAuthorBio() throws Exception {
        String body = "Harbor Savings said on Monday it would buy Kestrel Bancorp for $40 million.\n\n"
                + "The deal needs the approval of regulators.\n\n"
                + "Kestrel Bancorp is the parent company of Kestrel Bank, which has 12 branches.\n";
        Article a = read(write("bank.txt", body));
        assertThat(a.metadata().author()).isNull();
        assertThat(a.metadata().authorBio()).isNull();
        assertThat(a.paragraphs()).hasSize(3);
        Article oped = read(write("oped.txt", "Cities should keep their libraries open on Sundays.\n\n"
                + "Closing them saves little.\n\nDana Whitfield is a librarian and a writer for the Harbor Review.\n"));
        assertThat(oped.metadata().author()).isEqualTo("Dana Whitfield");
        assertThat(oped.paragraphs()).hasSize(2);
    }

    @Test
    void markdownGivesTitleParagraphsQuotesAndListItemsButNoCode() throws Exception {
        Path src = RepoFiles.root().resolve("src/test/resources/articles/school-garden.md");
        Article a = read(src);
        assertThat(a.metadata().title()).isEqualTo("The School Garden That Fed a Town");
        assertThat(a.metadata().author()).isEqualTo("Maria Lopez");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
                "When the pandemic closed the canteen at Hillside Academy, students planted beans in the car park. "
                        + "Two years later the garden feeds forty families a week.",
                "\"We did not plan a farm,\" said head teacher Tom Reyes. \"We planned a lesson.\"",
                "Volunteers water the beds every evening.",
                "The town council now pays for seeds.");
        for (Paragraph p : a.paragraphs()) assertThat(a.body().substring(p.begin(), p.end())).isEqualTo(p.text());
    }

    @Test
    void htmlKeepsTheArticleAndDropsNavigationScriptsFormsAndFooter() throws Exception {
        Path src = RepoFiles.root().resolve("src/test/resources/articles/flood-report.html");
        Article a = read(src);
        assertThat(a.metadata().title()).isEqualTo("River floods low town");
        assertThat(a.metadata().author()).isEqualTo("Sam Okafor");
        assertThat(a.metadata().publication()).isEqualTo("The Valley Courier");
        assertThat(a.metadata().date()).hasToString("2023-11-02");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly(
                "The river rose two metres overnight on Tuesday, flooding forty homes in the low town.",
                "\"We have never seen water this high,\" said Mayor Ann Brooks, who ordered an evacuation at dawn.",
                "Engineers from the regional water board will inspect the flood wall on Friday.");
        assertThat(a.body()).doesNotContain("tracking", "Home", "cookies", "Share", "Subscribe", "Great article",
                "Related", "All rights reserved");
    }

    @Test
    void utf8AndUtf16ByteOrderMarksAreAccepted() throws Exception {
        Path utf8 = dir.resolve("bom8.txt");
        Files.write(utf8, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Caf\u00e9 opens.".getBytes(StandardCharsets.UTF_8)));
        assertThat(read(utf8).paragraphs().get(0).text()).isEqualTo("Caf\u00e9 opens.");
        Path utf16 = dir.resolve("bom16.txt");
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Caf\u00e9 opens.".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(read(utf16).paragraphs().get(0).text()).isEqualTo("Caf\u00e9 opens.");
    }

    @Test
    void windows1252FallsBackWithAWarning() throws Exception {
        Path f = dir.resolve("cp1252.txt");
        Files.write(f, "\u201cQuoted\u201d caf\u00e9 \u2013 fine.".getBytes("windows-1252"));
        ReadResult r = ArticleReader.read(f, ReadOptions.defaults());
        assertThat(r.article().paragraphs().get(0).text()).isEqualTo("\u201cQuoted\u201d caf\u00e9 \u2013 fine.");
        assertThat(r.warnings()).anyMatch(w -> w.contains("cp1252.txt") && w.contains("Windows-1252"));
    }

    @Test
    void controlCharactersBecomeSpacesWithAWarning() throws Exception {
        ReadResult r = ArticleReader.read(write("ctl.txt", "Bell\u0007 and\u001b escape."), ReadOptions.defaults());
        assertThat(r.article().paragraphs().get(0).text()).isEqualTo("Bell  and  escape.");
        assertThat(r.warnings()).anyMatch(w -> w.contains("control"));
    }

    // --- bad input: one line naming the file and the problem ---

    @Test
    void missingFile() {
        assertProblem(dir.resolve("nothere.txt"), "nothere.txt: no such file");
    }

    @Test
    void emptyAndWhitespaceOnlyFiles() throws Exception {
        assertProblem(write("empty.txt", ""), "empty.txt: is empty");
        assertProblem(write("blank.txt", "  \n\n\t \n"), "blank.txt: is empty");
    }

    @Test
    void binaryFiles() throws Exception {
        Path nul = dir.resolve("image.txt");
        Files.write(nul, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertProblem(nul, "image.txt: is a binary file");
        Path controls = dir.resolve("controls.txt");
        byte[] b = new byte[400];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        Files.write(controls, b);
        assertProblem(controls, "controls.txt: is a binary file");
    }

    @Test
    void invalidUtf8ThatIsNotWindows1252() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0x81, (byte) 0x8D});
        assertProblem(f, "bad.txt: is not valid UTF-8");
    }

    @Test
    void tooLarge() throws Exception {
        Path f = write("big.txt", "word ".repeat(1000));
        assertThatThrownBy(() -> ArticleReader.read(f, new ReadOptions(1000)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("big.txt: is 4.9 KB, over the 1000 bytes limit");
    }

    @Test
    void malformedFrontMatterNamesTheLine() throws Exception {
        Path f = write("fm.txt", "---\ntitle: ok\nauthor: [unclosed\n---\nBody.\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("fm.txt (front matter): malformed YAML at line");
    }

    @Test
    void malformedSidecarNamesTheFile() throws Exception {
        Path f = write("s.txt", "Body.\n");
        write("s.yaml", "title: \"unterminated\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class).hasMessageStartingWith("s.yaml: malformed YAML");
    }

    @Test
    void unknownDateFormatNamesTheKey() throws Exception {
        Path f = write("d.txt", "---\ndate: March 2005\n---\nBody.\n");
        assertThatThrownBy(() -> read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("d.txt (front matter)").hasMessageContaining("'date'").hasMessageContaining("March 2005");
        Path g = write("g.txt", "---\ndate: 2005-02-30\n---\nBody.\n");
        assertThatThrownBy(() -> read(g)).isInstanceOf(InputException.class).hasMessageContaining("'date'");
    }

    @Test
    void aSingleLineMessage() throws Exception {
        Path f = write("ml.txt", "---\ntitle: [a,\n b\n---\nBody.\n");
        assertThatThrownBy(() -> read(f)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static void assertProblem(Path file, String messageStart) {
        assertThatThrownBy(() -> read(file)).isInstanceOf(InputException.class).hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
