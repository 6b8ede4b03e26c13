package app.briefingpack.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.briefingpack.analysis.Analyser;
import app.briefingpack.ingest.ArticleReader;
import app.briefingpack.ingest.ReadOptions;
import app.briefingpack.documents.BriefDocument;
import app.briefingpack.documents.BriefPlan;
import app.briefingpack.layout.DocumentSpec;
import app.briefingpack.model.Briefing;
import app.briefingpack.documents.Layouts;
import app.briefingpack.speech.Narration;
import app.briefingpack.speech.NarrationOptions;
import app.briefingpack.speech.Narrator;
import app.briefingpack.speech.TimedSentence;
import app.briefingpack.testing.EpubValidation;
import app.briefingpack.documents.DocumentType;

/** narration.epub, checked with EPUBCheck and read back. */
class EpubWriterTest {

    private static final Layouts LAYOUTS = Layouts.defaults();

    @Test
    void sampleBookPassesEpubCheckAndItsOverlaysMatchTheNarration(@TempDir Path dir) throws Exception {
        Briefing b = new Analyser().analyse(ArticleReader.read(Path.of("seeds", "iraq-peace-settlement.txt"),
                ReadOptions.defaults()).article());
        Narration n = Narrator.narrate(b, NarrationOptions.defaults());
        Path book = write(dir.resolve("sample.epub"), b, n, false);
        assertThat(EpubValidation.problems(book)).isEmpty();

        try (ZipFile zip = new ZipFile(book.toFile())) {
            ZipEntry first = zip.entries().nextElement();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            String opf = read(zip, "EPUB/package.opf");
            assertThat(opf).contains("<meta property=\"dcterms:conformsTo\">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>",
                    "synchronizedAudioText", "schema:accessibilityHazard", "schema:accessibilitySummary",
                    "schema:accessModeSufficient", "media:active-class");
            String nav = read(zip, "EPUB/nav.xhtml");
            assertThat(nav).contains("#para-1\"", "#para-" + b.article().paragraphs().size() + "\"", "brief.xhtml#brief-h");
            String brief = read(zip, "EPUB/brief.xhtml");
            assertThat(brief).contains(esc(b.thesis().strip().substring(0, 30)));

            // Every article sentence is one overlay clip, at the narration's own times to the millisecond
            // (an MP3 frame is 36 ms), in order.
            String smil = read(zip, "EPUB/article.smil");
            Matcher m = Pattern.compile("#([^\"]+)\"/><audio src=\"narration.mp3\" clipBegin=\"([\\d.]+)s\" clipEnd=\"([\\d.]+)s\"")
                    .matcher(smil);
            List<TimedSentence> sentences = n.sentences().stream().filter(TimedSentence::fromArticle).toList();
            int i = 0;
            double previous = 0;
            while (m.find()) {
                TimedSentence s = sentences.get(i++);
                assertThat(m.group(1)).isEqualTo(s.id());
                double begin = Double.parseDouble(m.group(2)), end = Double.parseDouble(m.group(3));
                assertThat(begin).isCloseTo(s.start() / 16000.0, org.assertj.core.api.Assertions.within(0.036));
                assertThat(end).isCloseTo(s.end() / 16000.0, org.assertj.core.api.Assertions.within(0.036));
                assertThat(begin).isGreaterThanOrEqualTo(previous);
                previous = end;
            }
            assertThat(i).isEqualTo(sentences.size());
            // the MP3 in the book is the pack's and lasts as long as the narration, to within a frame or two
            long mp3 = zip.getEntry("EPUB/narration.mp3").getSize();
            assertThat(mp3).isGreaterThan(n.duration().toSeconds() * 3800);
        }
        Path words = write(dir.resolve("words.epub"), b, n, true);
        assertThat(EpubValidation.problems(words)).isEmpty();
        try (ZipFile zip = new ZipFile(words.toFile())) {
            assertThat(read(zip, "EPUB/article.smil")).contains("#p1-s1-w1\"", "#p1-s1-w2\"");
        }
    }

    @Test
    void twentyOtherArticlesGiveBooksWithoutErrorsOrWarnings(@TempDir Path dir) throws Exception {
        List<Path> articles = new ArrayList<>();
        for (String r : new String[] {"articles/flood-report.html", "articles/school-garden.md", "analysis/battery-study.txt",
                "analysis/homework-opinion.txt"})
            articles.add(Path.of("src/test/resources", r));
        Random random = new Random(17);
        for (int i = 0; i < 17; i++) articles.add(generated(dir, random, i));
        int checked = 0;
        for (Path a : articles) {
            Briefing b = checked < 4 ? new Analyser().analyse(ArticleReader.read(a, ReadOptions.defaults()).article())
                    : Briefing.of(ArticleReader.read(a, ReadOptions.defaults()).article());
            Narration n = Narrator.narrate(b, NarrationOptions.defaults());
            Path book = write(dir.resolve("book" + checked + ".epub"), b, n, checked % 3 == 0);
            assertThat(EpubValidation.problems(book)).as(a.getFileName().toString()).isEmpty();
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(21);
    }

    /** Short articles in every input format with markup characters, numbers, units, foreign scripts and odd spacing. */
    private static Path generated(Path dir, Random random, int i) throws Exception {
        String[] pool = {"the", "council", "said", "on", "Monday", "that", "prices", "rose", "2.1%", "\u22123.4%",
                "\u00a3350m", "$214.6", "billion", "budget", "50", "\u00b0C", "9:30", "p.m.", "AT&T", "<b>", "x<y",
                "\"quoted\"", "\u2018single\u2019", "Z\u00fcrich", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
                "\u5317\u4eac", "\ud83d\ude42", "U.S.", "Dr.", "e.g.", "mail@example.org", "https://example.com/a?b=1&c=2",
                "1990s", "21st", "--", "\u2014", "(aside)", "[sic]", "caf\u00e9", "na\u00efve", "co\u00f6perate", "]]>",
                "&amp;", "R&D", "'90s", "#tag", "*stars*", "_under_"};
        StringBuilder body = new StringBuilder();
        int paragraphs = 1 + random.nextInt(6);
        String ext = new String[] {"txt", "md", "html"}[i % 3];
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            int words = 3 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0) para.append(random.nextInt(8) == 0 ? ". " : " ");
                para.append(pool[random.nextInt(pool.length)]);
            }
            para.append('.');
            String text = para.toString();
            if (ext.equals("html")) text = "<p>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</p>";
            body.append(text).append("\n\n");
        }
        String title = "Generated " + i + (i % 2 == 0 ? " & <Co>" : "");
        String file = switch (ext) {
            case "md" -> "# " + title + "\n\n" + body;
            case "html" -> "<html><head><title>x</title></head><body><article><h1>" + title.replace("&", "&amp;")
                    .replace("<", "&lt;") + "</h1>" + body + "</article></body></html>";
            default -> title + "\n\n" + body;
        };
        Path path = dir.resolve("gen" + i + "." + ext);
        Files.writeString(path, file);
        return path;
    }

    private static Path write(Path file, Briefing b, Narration n, boolean words) throws Exception {
        DocumentSpec brief = new BriefDocument(LAYOUTS.document(DocumentType.BRIEF), LAYOUTS.theme("standard"), 468f, null,
                "narration.mp3", n.duration().toMillis() / 60000.0).build(b, BriefPlan.full());
        ByteArrayOutputStream mp3 = new ByteArrayOutputStream();
        n.writeMp3(mp3);
        try (OutputStream out = Files.newOutputStream(file)) {
            EpubWriter.write(b.article(), brief, n, mp3.toByteArray(), words, out);
        }
        return file;
    }

    private static String read(ZipFile zip, String name) throws Exception {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
